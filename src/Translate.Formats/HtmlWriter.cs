using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Formats;

/// <summary>
/// Writes a document as a complete HTML5 page in its language: the title as h1, headings as h2, list items
/// (consecutive ones as one list) and paragraphs; a preview carries a visible banner saying it is not published.
/// </summary>
public static class HtmlWriter
{
    public const string PreviewBanner = PreviewNotice.Text;

    // Letters of every script stay readable; markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Write(SegmentedDocument document, Language language, string title, bool preview)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(title);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(language.Tag()).Append("\">\n")
            .Append("<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(title)).Append("</title>\n");
        if (preview)
        {
            html.Append("<style>").Append(PreviewNotice.HtmlStyle).Append("</style>\n");
        }

        html.Append("</head>\n<body>\n");
        if (preview)
        {
            html.Append("<p class=\"preview\" role=\"note\">").Append(Encoder.Encode(PreviewBanner)).Append("</p>\n");
        }

        AppendBlocks(html, document, language);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendBlocks(StringBuilder html, SegmentedDocument document, Language language)
    {
        var inList = false;
        foreach (var block in document.Blocks)
        {
            var isItem = block.Kind == BlockKind.ListItem;
            if (inList && !isItem)
            {
                html.Append("</ul>\n");
            }
            else if (!inList && isItem)
            {
                html.Append("<ul>\n");
            }

            inList = isItem;
            var element = block.Kind switch
            {
                BlockKind.Title => "h1",
                BlockKind.Heading => "h2",
                BlockKind.ListItem => "li",
                _ => "p",
            };
            html.Append('<').Append(element).Append('>')
                .Append(Encoder.Encode(block.Text(language)))
                .Append("</").Append(element).Append(">\n");
        }

        if (inList)
        {
            html.Append("</ul>\n");
        }
    }
}
