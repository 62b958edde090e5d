using Microsoft.EntityFrameworkCore;
using Translate.Data;

namespace Translate.Application.Users;

/// <summary>How people are named on screen: their display name, else their sign-in name.</summary>
internal static class PersonNames
{
    public static string Of(string id, string? displayName, string? userName) =>
        string.IsNullOrEmpty(displayName) ? userName ?? id : displayName;

    /// <summary>Names by id, disabled people included: their name stays on their past work.</summary>
    public static async Task<Dictionary<string, string>> LoadAsync(TranslateDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : (await db.Users.AsNoTracking()
                .Where(u => ids.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.UserName })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => Of(u.Id, u.DisplayName, u.UserName));
}
