using System.Net;
using System.Text;

namespace Translate.Benchmarks.Documents;

/// <summary>The report as a web page: h1 and h2, paragraphs with strong, em and links, lists and tables.</summary>
public static class HtmlReport
{
    public static string Build(IReadOnlyList<ReportPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Encode(Report.Title)).Append("</title>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(Report.Title)).Append("</h1>\n");
        foreach (var page in pages)
        {
            html.Append("<h2>").Append(Encode(page.Heading)).Append("</h2>\n");
            foreach (var paragraph in page.Paragraphs)
            {
                html.Append("<p>");
                foreach (var span in paragraph)
                {
                    html.Append(span.Style switch
                    {
                        SpanStyle.Bold => $"<strong>{Encode(span.Text)}</strong>",
                        SpanStyle.Italic => $"<em>{Encode(span.Text)}</em>",
                        SpanStyle.Link => $"<a href=\"{Report.Website}\">{Encode(span.Text)}</a>",
                        _ => Encode(span.Text),
                    });
                }

                html.Append("</p>\n");
            }

            html.Append("<ul>\n");
            foreach (var item in page.ListItems)
            {
                html.Append("<li>").Append(Encode(item)).Append("</li>\n");
            }

            html.Append("</ul>\n<table>\n");
            foreach (var (label, value) in page.Contacts)
            {
                html.Append("<tr><td>").Append(Encode(label)).Append("</td><td>").Append(Encode(value)).Append("</td></tr>\n");
            }

            html.Append("</table>\n<p>").Append(Encode(page.Byline)).Append("</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
