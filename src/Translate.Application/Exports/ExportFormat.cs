namespace Translate.Application.Exports;

/// <summary>The formats one language of a release is exported in.</summary>
public enum ExportFormat
{
    Text,
    Markdown,
    Html,
}

public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } = Enum.GetValues<ExportFormat>();

    /// <summary>The file extension, as in the export's address: txt, md, html.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Text => "txt",
        ExportFormat.Markdown => "md",
        ExportFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Text => "text/plain; charset=utf-8",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Html => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParse(string? extension, out ExportFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(extension, candidate.Extension(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
