using Microsoft.AspNetCore.Components;

namespace Translate.Web.Accounts;

/// <summary>Redirects from the static account pages, only ever to a path of this site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    /// <summary>To a path of this site: a return address from anywhere else goes to the releases instead.</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalReturnUrl.Of(uri));
}
