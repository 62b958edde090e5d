namespace Translate.Formats.Docx;

/// <summary>Entry names a package may hold: relative, forward slashes, never climbing out of the package.</summary>
internal static class DocxEntryNames
{
    public static void Check(string name)
    {
        if (name.Contains('\\', StringComparison.Ordinal))
        {
            throw DocumentProblems.EntryWithBackslash(name);
        }

        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            throw DocumentProblems.EntryWithAbsolutePath(name);
        }

        if (name.Split('/').Any(part => part == ".."))
        {
            throw DocumentProblems.EntryClimbsOut(name);
        }
    }
}
