using Translate.Domain.Users;

namespace Translate.Data;

/// <summary>How the domain's roles are named in ASP.NET Core Identity.</summary>
public static class RoleNames
{
    public static string Name(Role role) => role.ToString();

    /// <summary>Fixed ids, so the seeded roles are the same rows in every database.</summary>
    public static string Id(Role role) => "role-" + role.ToString().ToUpperInvariant();

    public static bool TryParse(string? name, out Role role) => Enum.TryParse(name, ignoreCase: false, out role) && Enum.IsDefined(role);
}
