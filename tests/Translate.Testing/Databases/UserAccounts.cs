using Microsoft.AspNetCore.Identity;
using Translate.Data;
using Translate.Domain.Users;

namespace Translate.Testing;

/// <summary>A person as a real Identity user, signing in with <see cref="People.Email"/> and <see cref="People.Password"/>.</summary>
public static class UserAccounts
{
    public static async Task AddAsync(UserManager<TranslateUser> users, Actor person)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(person);
        var user = new TranslateUser
        {
            Id = person.Id,
            UserName = People.Email(person),
            Email = People.Email(person),
            EmailConfirmed = true,
            DisplayName = person.Name,
            WorkingLanguages = [.. person.WorkingLanguages],
        };
        Check(person, await users.CreateAsync(user, People.Password));
        Check(person, await users.AddToRolesAsync(user, person.Roles.Select(RoleNames.Name)));
    }

    private static void Check(Actor person, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{person.Id} was not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
