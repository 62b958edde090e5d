namespace Translate.Domain.Documents;

/// <summary>The formats a release's source can come in; a translated version is rebuilt in the same format.</summary>
public enum SourceFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,

    /// <summary>A JSON strings file, one flat object of key → text (the app's own locales/*.json).</summary>
    Json,
}
