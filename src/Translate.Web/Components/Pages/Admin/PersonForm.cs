using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Web.Components.Pages.Admin;

/// <summary>What the admin fills in to add a person.</summary>
internal sealed class PersonForm
{
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public HashSet<Role> Roles { get; } = [Role.Translator];

    public HashSet<Language> WorkingLanguages { get; } = [];
}
