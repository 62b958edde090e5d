namespace Translate.Web.Accounts;

/// <summary>
/// Where a sign-in may send the person back to: a path of this site, never another site. A return address that is
/// absolute, protocol-relative ("//evil.example"), uses a backslash ("/\evil.example") or hides either behind an
/// encoded control character ("/%09/evil.example", which browsers read as "//") falls back to the releases.
/// </summary>
internal static class LocalReturnUrl
{
    public const string Fallback = "releases";

    public static string Of(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Uri.IsWellFormedUriString(returnUrl, UriKind.Relative))
        {
            return Fallback;
        }

        var decoded = Uri.UnescapeDataString(returnUrl);
        return decoded.StartsWith("//", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.Any(char.IsControl)
            ? Fallback
            : returnUrl;
    }
}
