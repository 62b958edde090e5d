using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Formats.Tests;

public class HtmlWriterTests
{
    private static readonly SegmentedDocument Document = new(
    [
        new SegmentedBlock(BlockKind.Title, ["Space & <science>"]),
        new SegmentedBlock(BlockKind.Heading, ["A heading"]),
        new SegmentedBlock(BlockKind.Paragraph, ["One.", "Two."]),
        new SegmentedBlock(BlockKind.ListItem, ["First"]),
        new SegmentedBlock(BlockKind.ListItem, ["Second"]),
        new SegmentedBlock(BlockKind.Contact, ["Phone"]),
        new SegmentedBlock(BlockKind.ListItem, ["Alone"]),
    ]);

    [Fact]
    public void Write_Document_IsACompletePageInItsLanguage()
    {
        var html = HtmlWriter.Write(Document, Language.En, "Space & <science>", preview: false);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Space &amp; &lt;science&gt;</title>", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Blocks_BecomeHeadingsParagraphsAndOneListPerRunOfItems()
    {
        var html = HtmlWriter.Write(Document, Language.En, "Title", preview: false);

        Assert.Contains(
            "<h1>Space &amp; &lt;science&gt;</h1>\n<h2>A heading</h2>\n<p>One. Two.</p>\n"
            + "<ul>\n<li>First</li>\n<li>Second</li>\n</ul>\n<p>Phone</p>\n<ul>\n<li>Alone</li>\n</ul>\n</body>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Chinese_TagsItSimplifiedAndKeepsItsCharactersReadable()
    {
        var html = HtmlWriter.Write(SampleRelease.Document(Language.Zh), Language.Zh, SampleRelease.Segments[0].Text[Language.Zh], preview: false);

        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>卢森堡与中国在和平探索和利用外层空间（包括空间资源利用）方面开展合作</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Preview_ShowsTheBannerAndTheFinalVersionDoesNot()
    {
        var preview = HtmlWriter.Write(Document, Language.Fr, "Titre", preview: true);
        var final = HtmlWriter.Write(Document, Language.Fr, "Titre", preview: false);

        Assert.Contains("<p class=\"preview\" role=\"note\">Preview — not the published version</p>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview", final, StringComparison.Ordinal);
    }
}
