using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Languages;

namespace Translate.Formats.Docx;

/// <summary>The document's language for Word (spelling, hyphenation, fonts): the styles' run defaults and the core properties.</summary>
internal static class DocxLanguage
{
    public static void Set(WordprocessingDocument document, Language language)
    {
        if (document.MainDocumentPart?.StyleDefinitionsPart?.Styles is { } styles)
        {
            var defaults = styles.DocDefaults ??= new DocDefaults();
            var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
            var properties = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
            properties.Languages = RunFormatting.SetLanguage(properties.Languages ?? new Languages(), language);
        }

        if (!string.IsNullOrEmpty(document.PackageProperties.Language))
        {
            document.PackageProperties.Language = RunFormatting.Tag(language);
        }
    }
}
