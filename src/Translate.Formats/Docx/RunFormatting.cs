using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Languages;

namespace Translate.Formats.Docx;

/// <summary>Run formatting (rPr): when two runs look the same, and the language written on rebuilt runs.</summary>
internal static class RunFormatting
{
    /// <summary>
    /// The formatting as comparable text: editing-session ids (rsid), the proofing language (the merge writes its
    /// own) and recorded formatting changes (the document is read as accepted) do not count.
    /// </summary>
    public static string Key(RunProperties? properties)
    {
        if (properties is null)
        {
            return "";
        }

        var copy = (RunProperties)properties.CloneNode(true);
        copy.Languages = null;
        copy.RunPropertiesChange = null;
        foreach (var element in copy.Descendants().Prepend(copy))
        {
            foreach (var attribute in element.GetAttributes().Where(a => a.LocalName.StartsWith("rsid", StringComparison.Ordinal)))
            {
                element.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
            }
        }

        return copy.HasChildren || copy.HasAttributes ? copy.OuterXml : "";
    }

    /// <summary>A copy of the formatting for a rebuilt run, in the target language, without recorded changes.</summary>
    public static RunProperties For(RunProperties? properties, Language language)
    {
        var copy = properties is null ? new RunProperties() : (RunProperties)properties.CloneNode(true);
        copy.RunPropertiesChange = null;
        copy.Languages = SetLanguage(copy.Languages ?? new Languages(), language);
        return copy;
    }

    /// <summary>Chinese is written in the East Asian language slot; the others in the Latin one.</summary>
    public static Languages SetLanguage(Languages languages, Language language)
    {
        if (language == Language.Zh)
        {
            languages.EastAsia = "zh-CN";
        }
        else
        {
            languages.Val = Tag(language);
        }

        return languages;
    }

    // Word's language ids: English as written in Luxembourg's ministries is British.
    public static string Tag(Language language) => language switch
    {
        Language.En => "en-GB",
        Language.Fr => "fr-FR",
        Language.De => "de-DE",
        Language.Lb => "lb-LU",
        Language.Zh => "zh-CN",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };
}
