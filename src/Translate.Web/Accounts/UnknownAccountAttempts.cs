using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Translate.Data;

namespace Translate.Web.Accounts;

/// <summary>
/// Failed sign-ins with addresses that have no account, counted as Identity counts them for real accounts, so an
/// unknown address is locked out after as many failures and for as long: lockout tells nothing about who exists.
/// </summary>
internal sealed class UnknownAccountAttempts(IMemoryCache attempts, TimeProvider clock)
{
    private string? _decoyHash;

    /// <summary>A hash made by the app's own hasher, so checking a password against it takes as long as for an account.</summary>
    public string DecoyHash(IPasswordHasher<TranslateUser> hasher) =>
        _decoyHash ??= hasher.HashPassword(new TranslateUser(), Guid.NewGuid().ToString());

    /// <summary>Counts a failure for the (normalized) address.</summary>
    /// <returns>Whether the address is now locked out.</returns>
    public bool Failed(string normalizedAddress, LockoutOptions lockout)
    {
        var key = (nameof(UnknownAccountAttempts), normalizedAddress);
        var (failures, lockedUntil) = attempts.TryGetValue(key, out (int, DateTimeOffset?) seen) ? seen : (0, null);
        var now = clock.GetUtcNow();
        if (lockedUntil > now)
        {
            return true;
        }

        failures = lockedUntil is null ? failures + 1 : 1;
        lockedUntil = failures >= lockout.MaxFailedAccessAttempts ? now + lockout.DefaultLockoutTimeSpan : null;
        attempts.Set(key, (lockedUntil is null ? failures : 0, lockedUntil), TimeSpan.FromDays(1));
        return lockedUntil is not null;
    }
}
