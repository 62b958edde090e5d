using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Application.Users;

/// <summary>
/// People, their roles and working languages, through Identity so passwords are hashed and checked.
/// Every action of the people admin checks, on the server, that the acting person is an active admin.
/// </summary>
public sealed class PeopleService(
    IServiceScopeFactory scopes, IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations, TimeProvider clock)
{
    /// <summary>
    /// Creates a person without an acting admin: only while a database is set up (the first admin, the demo people),
    /// before anyone can sign in.
    /// </summary>
    /// <returns>Identity's verdict: a bad e-mail or a weak password come back as its errors.</returns>
    public async Task<IdentityResult> CreateAtSetupAsync(NewPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var user = new TranslateUser
        {
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            WorkingLanguages = [.. person.WorkingLanguages.Distinct()],
        };
        var created = await users.CreateAsync(user, person.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRolesAsync(user, person.Roles.Distinct().Select(RoleNames.Name));
    }

    /// <summary>Whether anyone is an admin yet: the first admin from configuration is made only where no one is.</summary>
    public async Task<bool> HasAdminAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await Users(scope).GetUsersInRoleAsync(RoleNames.Name(Role.Admin))).Count > 0;
    }

    /// <returns>Identity's verdict: a bad e-mail or a weak password come back as its errors.</returns>
    public async Task<IdentityResult> CreateAsync(string actorId, NewPerson person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        await EnsureAdminAsync(actorId, cancellationToken);
        return await CreateAtSetupAsync(person with { Email = person.Email.Trim(), DisplayName = person.DisplayName.Trim() });
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

    // A scope per action gives Identity a fresh context (a Blazor circuit keeps its scoped services for its whole
    // life), so an admin never acts on rows read minutes ago.
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
