namespace Translate.Formats.Docx;

/// <summary>Entry names a package may hold: relative, forward slashes, never climbing out of the package.</summary>
internal static class DocxEntryNames
{
    public static void Check(string name)
    {
        if (name.Contains('\\', StringComparison.Ordinal))
        {
            throw new DocumentFormatException($"The document's entry name '{name}' contains a backslash, which zip packages do not use");
        }

        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            throw new DocumentFormatException($"The document's entry name '{name}' is an absolute path");
        }

        if (name.Split('/').Any(part => part == ".."))
        {
            throw new DocumentFormatException($"The document's entry name '{name}' climbs out of the package with '../'");
        }
    }
}
