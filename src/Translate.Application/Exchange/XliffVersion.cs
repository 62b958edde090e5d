namespace Translate.Application.Exchange;

/// <summary>The XLIFF a language is downloaded in: 2.1 (the default), or 1.2 for older CAT tools.</summary>
public enum XliffVersion
{
    Xliff21,
    Xliff12,
}

public static class XliffVersions
{
    /// <summary>"2.1" or "1.2", as in the download's address; nothing given is 2.1.</summary>
    public static bool TryParse(string? value, out XliffVersion version)
    {
        switch (value)
        {
            case null or "" or "2.1" or "2":
                version = XliffVersion.Xliff21;
                return true;
            case "1.2":
                version = XliffVersion.Xliff12;
                return true;
            default:
                version = default;
                return false;
        }
    }

    public static string Number(this XliffVersion version) => version == XliffVersion.Xliff12 ? "1.2" : "2.1";
}
