using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Translate.Application;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Web.Accounts;

/// <summary>
/// People, their roles and working languages, through Identity so passwords are hashed and checked.
/// Every action of the people admin checks, on the server, that the acting person is an active admin.
/// </summary>
public sealed class AccountAdministration(
    IServiceScopeFactory scopes, IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations, TimeProvider clock)
{
    /// <summary>Creates a person without an acting admin: only for the first admin and the demo, before anyone can sign in.</summary>
    internal async Task<IdentityResult> CreateAsync(string email, string displayName, string password, IEnumerable<Role> roles, IEnumerable<Language> workingLanguages)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = new TranslateUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            WorkingLanguages = [.. workingLanguages.Distinct()],
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRolesAsync(user, roles.Distinct().Select(RoleNames.Name));
    }

    /// <returns>Identity's verdict: a bad e-mail or a weak password come back as its errors.</returns>
    public async Task<IdentityResult> CreateAsync(string actorId, NewPerson person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        await EnsureAdminAsync(actorId, cancellationToken);
        return await CreateAsync(person.Email.Trim(), person.DisplayName.Trim(), person.Password, person.Roles, person.WorkingLanguages);
    }

    /// <summary>Everyone who has an account, by name.</summary>
    public async Task<IReadOnlyList<PersonSummary>> ListAsync(string actorId, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(actorId, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.WorkingLanguages, u.IsDisabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        return users.Select(u => new PersonSummary(
                u.Id,
                u.DisplayName,
                u.Email ?? string.Empty,
                roles.Where(r => r.UserId == u.Id && RoleNames.TryParse(r.Name, out _)).Select(r => Enum.Parse<Role>(r.Name!)).Order().ToList(),
                [.. u.WorkingLanguages.Order()],
                u.IsDisabled,
                u.LockoutEnd > now))
            .ToList();
    }

    /// <summary>Gives the person exactly these roles. Their open sessions end, so no page keeps the old roles.</summary>
    public async Task<IdentityResult> SetRolesAsync(string actorId, string userId, IReadOnlyCollection<Role> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await EnsureAdminAsync(actorId, cancellationToken);
        if (userId == actorId && !roles.Contains(Role.Admin))
        {
            throw new RefusedException(PeopleRefusals.OwnAdminRole());
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await FindAsync(users, userId);
        var current = (await users.GetRolesAsync(user)).ToHashSet();
        var wanted = roles.Distinct().Select(RoleNames.Name).ToHashSet();
        return await ThenAsync(
            () => users.RemoveFromRolesAsync(user, current.Except(wanted)),
            () => users.AddToRolesAsync(user, wanted.Except(current)),
            () => users.UpdateSecurityStampAsync(user));
    }

    public async Task<IdentityResult> SetWorkingLanguagesAsync(string actorId, string userId, IReadOnlyCollection<Language> languages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(languages);
        await EnsureAdminAsync(actorId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await FindAsync(users, userId);
        user.WorkingLanguages = [.. languages.Distinct().Order()];
        return await users.UpdateAsync(user);
    }

    /// <summary>
    /// A disabled person cannot sign in or act; disabling also changes their security stamp, so open sessions end.
    /// An admin cannot disable themself.
    /// </summary>
    public async Task<IdentityResult> SetDisabledAsync(string actorId, string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(actorId, cancellationToken);
        if (disabled && userId == actorId)
        {
            throw new RefusedException(PeopleRefusals.DisableSelf());
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = await FindAsync(users, userId);
        user.IsDisabled = disabled;
        return disabled ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
    }

    // Blazor Server keeps scoped services for a whole circuit; a scope per action gives Identity a fresh context,
    // so an admin never acts on rows read minutes ago.
    private static UserManager<TranslateUser> Users(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();

    private static async Task<TranslateUser> FindAsync(UserManager<TranslateUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException(NotFoundRefusals.Person(userId));

    /// <summary>Runs the steps in order until one fails.</summary>
    private static async Task<IdentityResult> ThenAsync(params Func<Task<IdentityResult>>[] steps)
    {
        var result = IdentityResult.Success;
        foreach (var step in steps)
        {
            result = await step();
            if (!result.Succeeded)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The acting person, read fresh as the workflow's rules read them: active, and an admin.</summary>
    private async Task EnsureAdminAsync(string actorId, CancellationToken cancellationToken)
    {
        var actor = (await operations.LoadPeopleAsync([actorId], cancellationToken)).SingleOrDefault();
        if (actor is null)
        {
            throw new ForbiddenException(Refusals.UnknownUser());
        }

        if (!actor.IsAdmin)
        {
            throw new ForbiddenException(PeopleRefusals.AdminsOnly(actor.Name));
        }
    }
}

/// <summary>What an admin fills in to add a person.</summary>
public sealed record NewPerson(string Email, string DisplayName, string Password, IReadOnlyCollection<Role> Roles, IReadOnlyCollection<Language> WorkingLanguages);

/// <summary>One person as the people admin lists them.</summary>
public sealed record PersonSummary(
    string Id, string DisplayName, string Email, IReadOnlyList<Role> Roles, IReadOnlyList<Language> WorkingLanguages, bool IsDisabled, bool IsLockedOut);
