using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Yaml;
using Translate.Domain.Documents;
using Translate.Formats.Docx;

namespace Translate.Formats;

/// <summary>
/// The notice an export of unpublished work carries inside the document, not only in its file name, so a copy passed
/// on still says it: the first paragraph of a page or a Word document, the first line of a text or Markdown file. It is
/// in English in every language, as the editors who export read it; a JSON strings file has no place for it.
/// </summary>
public static class PreviewNotice
{
    public const string Text = "Preview — not the published version";

    /// <summary>The first line of a text or Markdown file, in capitals where nothing else can make it stand out.</summary>
    public const string Line = "PREVIEW — not the published version";

    internal const string HtmlStyle = ".preview{border:2px solid #8a5a00;background:#fff7e6;color:#8a5a00;padding:.5rem 1rem;font-weight:bold}";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly MarkdownPipeline FrontMatter = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>A rebuilt document (UTF-8 text or a Word package) with the notice at its top.</summary>
    public static byte[] Mark(byte[] document, SourceFormat format) => format switch
    {
        SourceFormat.Html => Utf8.GetBytes(MarkPage(Utf8.GetString(document))),
        SourceFormat.Markdown => Utf8.GetBytes(MarkMarkdown(Utf8.GetString(document).TrimStart('\uFEFF'))),
        SourceFormat.PlainText => Utf8.GetBytes(Line + "\n\n" + Utf8.GetString(document).TrimStart('\uFEFF')),
        SourceFormat.Docx => DocxPreviewNotice.Mark(document, Text),
        _ => document,
    };

    /// <summary>The notice as the first thing of the page's body, styled to stand out.</summary>
    private static string MarkPage(string html)
    {
        using var page = new HtmlParser().ParseDocument(html);
        var style = page.CreateElement("style");
        style.TextContent = HtmlStyle;
        page.Head!.AppendChild(style);
        var notice = page.CreateElement("p");
        notice.ClassName = "preview";
        notice.SetAttribute("role", "note");
        notice.TextContent = Text;
        page.Body!.Prepend(notice);
        return "<!DOCTYPE html>\n" + page.DocumentElement.OuterHtml + "\n";
    }

    /// <summary>The notice as the first paragraph, after the front matter, which must open the file.</summary>
    private static string MarkMarkdown(string markdown)
    {
        var frontMatter = Markdown.Parse(markdown, FrontMatter).OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var end = frontMatter is null ? 0 : markdown.IndexOf('\n', frontMatter.Span.End) is var newline and >= 0 ? newline + 1 : markdown.Length;
        return markdown[..end] + (end > 0 ? "\n" : "") + Line + "\n\n" + markdown[end..];
    }
}
