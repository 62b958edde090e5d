namespace Translate.Formats;

/// <summary>The formats a release's source text can come in.</summary>
public enum SourceFormat
{
    PlainText,
    Markdown,
}
