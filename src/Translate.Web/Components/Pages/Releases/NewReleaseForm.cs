using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Formats;

namespace Translate.Web.Components.Pages.Releases;

/// <summary>What the editor has filled in on the new release page so far.</summary>
internal sealed class NewReleaseForm
{
    public string Title { get; set; } = string.Empty;

    public Language SourceLanguage { get; set; } = Language.En;

    /// <summary>Ticked target languages; the source language is never among them.</summary>
    public HashSet<Language> TargetLanguages { get; } = [.. LanguageCodes.All.Where(l => l != Language.En)];

    public DateOnly DueDate { get; set; }

    public DateOnly? EmbargoDate { get; set; }

    public TimeOnly? EmbargoTime { get; set; }

    public string EmbargoTimeZone { get; set; } = Embargo.DefaultTimeZoneId;

    public SourceFormat Format { get; set; } = SourceFormat.PlainText;

    public string SourceText { get; set; } = string.Empty;

    /// <summary>The name of the file the text came from, kept for the document rebuilt from it.</summary>
    public string? FileName { get; set; }

    /// <summary>An uploaded document that is not text to edit here (a Word document, a JSON strings file); it replaces the text.</summary>
    public SourceFile? Document { get; set; }

    public bool StartTranslationNow { get; set; } = true;

    /// <summary>
    /// The source as a file: the uploaded document, or the text in its format (Markdown or HTML are kept as documents
    /// to rebuild); null for plain text, which rebuilds itself.
    /// </summary>
    public SourceFile? File() => Document
        ?? (Format == SourceFormat.PlainText ? null : SourceFile.FromText(FileName ?? $"source.{Format.Extension()}", Format, SourceText));

    /// <summary>A new source language: the targets become the other four again.</summary>
    public void ChangeSourceLanguage(Language language)
    {
        SourceLanguage = language;
        TargetLanguages.Clear();
        TargetLanguages.UnionWith(LanguageCodes.All.Where(l => l != language));
    }
}
