using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats.Html;

/// <summary>
/// HTML pages as source documents: read into blocks and segments with inline tags, and merged back into the same
/// page in another language. Both work on the sanitized page (see <see cref="SafeHtml"/>), so nothing hostile in
/// the original reaches a translated page.
/// </summary>
/// <remarks>
/// The <c>&lt;title&gt;</c> is read as the first block unless it repeats the first h1, in which case it takes the
/// h1's translation; image alternative texts and <c>&lt;pre&gt;</c> are not translated.
/// </remarks>
public static class HtmlDocument
{
    public static SegmentedDocument Read(string html, Language language)
    {
        using var document = SafeHtml.Parse(html);
        var page = HtmlBlocks.Find(document, language);
        return new SegmentedDocument([.. page.Blocks.Select(b => new SegmentedBlock(b.Kind, b.Segments))]);
    }

    /// <summary>
    /// The original page with each block's content rebuilt from its translated segments: tag n takes the element of
    /// the original's inline code n, with the translated words inside; the page says the target language.
    /// </summary>
    public static string Merge(string originalHtml, Language sourceLanguage, SegmentedDocument translated, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(translated);

        using var document = SafeHtml.Parse(originalHtml);
        var page = HtmlBlocks.Find(document, sourceLanguage);
        MergeShape.Check(translated, [.. page.Blocks.Select(b => b.Segments.Count)], "HTML");

        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var text = translated.Blocks[i].Text(targetLanguage);
            HtmlBlockWriter.Replace(document, page.Blocks[i], text);
        }

        if (page.TitleOfH1 is { } title)
        {
            var h1 = page.Blocks.Select((b, i) => (b, i)).First(x => x.b.Kind == BlockKind.Title).i;
            title.TextContent = translated.Blocks[h1].PlainText(targetLanguage);
        }

        SetLanguage(document, sourceLanguage, targetLanguage);
        return Serialize(document);
    }

    /// <summary>The page and every part of it marked as the source language now say the target language.</summary>
    private static void SetLanguage(IHtmlDocument document, Language source, Language target)
    {
        foreach (var element in document.QuerySelectorAll("[lang]"))
        {
            if (LanguageCodes.TryParse(element.GetAttribute("lang"), out var language) && language == source)
            {
                element.SetAttribute("lang", target.Tag());
            }
        }

        document.DocumentElement.SetAttribute("lang", target.Tag());
    }

    /// <summary>An HTML5 page in UTF-8, whatever doctype and charset the original declared.</summary>
    private static string Serialize(IHtmlDocument document)
    {
        var charset = document.CreateElement("meta");
        charset.SetAttribute("charset", "utf-8");
        document.Head!.Prepend(charset);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
    }
}
