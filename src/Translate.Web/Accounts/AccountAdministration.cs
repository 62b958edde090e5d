using Microsoft.AspNetCore.Identity;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

/// <summary>Creating people with their roles and working languages, through Identity so passwords are hashed and checked.</summary>
public sealed class AccountAdministration(UserManager<TranslateUser> userManager)
{
    public async Task<IdentityResult> CreateAsync(string email, string displayName, string password, IEnumerable<Role> roles, IEnumerable<Language> workingLanguages)
    {
        var user = new TranslateUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            WorkingLanguages = [.. workingLanguages.Distinct()],
        };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await userManager.AddToRolesAsync(user, roles.Distinct().Select(RoleNames.Name));
    }
}
