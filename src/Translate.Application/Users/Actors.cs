using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Application.Users;

/// <summary>Who a signed-in person is to the rules: read fresh from the database for every action.</summary>
internal static class Actors
{
    public static async Task<Actor> LoadAsync(TranslateDbContext db, string userId, CancellationToken cancellationToken)
    {
        var actor = (await LoadManyAsync(db, [userId], cancellationToken)).SingleOrDefault();
        return actor ?? throw new ForbiddenException(Refusals.UnknownUser());
    }

    /// <summary>The active people among <paramref name="userIds"/>; unknown and disabled ones are left out.</summary>
    public static async Task<IReadOnlyList<Actor>> LoadManyAsync(TranslateDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var users = await db.Users
            .Where(u => userIds.Contains(u.Id) && !u.IsDisabled)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.WorkingLanguages })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);

        return users.Select(u => new Actor(
                u.Id,
                PersonNames.Of(u.Id, u.DisplayName, u.UserName),
                roles.Where(r => r.UserId == u.Id && RoleNames.TryParse(r.Name, out _))
                    .Select(r => Enum.Parse<Role>(r.Name!))
                    .ToHashSet(),
                u.WorkingLanguages.ToHashSet()))
            .ToList();
    }
}
