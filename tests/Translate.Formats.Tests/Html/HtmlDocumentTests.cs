using AngleSharp.Html.Parser;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats.Html;

namespace Translate.Formats.Tests.Html;

public class HtmlDocumentTests
{
    [Fact]
    public void Read_InlineFormatting_BecomesTagsNumberedPerBlock()
    {
        const string html = "<p>A <b>bold</b>, <i>italic <a href=\"/x\">linked</a></i> word.<br>\nNext line <img src=\"i.png\" alt=\"\"> end.</p>"
            + "<p>Again <em>one</em>.</p>";

        var document = HtmlDocument.Read(html, Language.En);

        Assert.Equal(
        [
            "A <1>bold</1>, <2>italic <3>linked</3></2> word.<4/>",
            "Next line <5/> end.",
            "Again <1>one</1>.",
        ], document.Segments);
    }

    [Fact]
    public void Read_FormattingAroundTheWholeBlock_IsNoTagAndMergeKeepsIt()
    {
        const string html = "<p><strong>All bold.</strong></p><h2><a href=\"/more\"><em>Linked heading</em></a></h2>";

        var document = HtmlDocument.Read(html, Language.En);
        var merged = Parse(HtmlDocument.Merge(html, Language.En, Translate(document, "Tout en gras.", "Titre lié"), Language.Fr));

        Assert.Equal(["All bold.", "Linked heading"], document.Segments);
        Assert.Equal("Tout en gras.", merged.QuerySelector("p > strong")!.TextContent);
        Assert.Equal("Titre lié", merged.QuerySelector("h2 > a[href='/more'] > em")!.TextContent);
    }

    [Fact]
    public void Read_Structure_GivesKindsFromTheElementsAndTextDirectlyInADiv()
    {
        const string html = "<h1>Title</h1><h1>Second</h1><h3>Sub</h3><div>Loose text<p>Para</p>tail text</div>"
            + "<ul><li>Item<ul><li>Nested</li></ul></li></ul><dl><dt>Term</dt><dd>Definition</dd></dl>"
            + "<table><caption>Caption</caption><tr><th>Head</th><td>Cell</td></tr></table>"
            + "<figure><img src=\"a.png\" alt=\"Alt\"><figcaption>Figure</figcaption></figure><blockquote><p>Quoted</p></blockquote>"
            + "<address><ul><li>Phone</li></ul></address><pre>code  stays</pre>";

        var document = HtmlDocument.Read(html, Language.En);

        Assert.Equal(
        [
            (BlockKind.Title, "Title"), (BlockKind.Heading, "Second"), (BlockKind.Heading, "Sub"),
            (BlockKind.Paragraph, "Loose text"), (BlockKind.Paragraph, "Para"), (BlockKind.Paragraph, "tail text"),
            (BlockKind.ListItem, "Item"), (BlockKind.ListItem, "Nested"), (BlockKind.ListItem, "Term"), (BlockKind.ListItem, "Definition"),
            (BlockKind.Paragraph, "Caption"), (BlockKind.TableCell, "Head"), (BlockKind.TableCell, "Cell"),
            (BlockKind.Paragraph, "Figure"), (BlockKind.Paragraph, "Quoted"), (BlockKind.Contact, "Phone"),
        ], MarkdownReaderTests.Shape(document));
    }

    [Fact]
    public void Read_Whitespace_IsFoldedAsBrowsersDo()
    {
        var document = HtmlDocument.Read("<p>\n   Two\n\t spaced   <b> words </b>\u00A0here.  </p>", Language.En);

        Assert.Equal("Two spaced <1>words </1>\u00A0here.", Assert.Single(document.Segments));
    }

    [Fact]
    public void Read_TitleOfItsOwn_IsTheFirstBlockAndTheDocumentTitleWithoutH1()
    {
        var withH1 = HtmlDocument.Read("<title>Page – Ministry</title><h1>Page</h1>", Language.En);
        var withoutH1 = HtmlDocument.Read("<title>Page – Ministry</title><p>Text.</p>", Language.En);

        Assert.Equal([(BlockKind.Heading, "Page – Ministry"), (BlockKind.Title, "Page")], MarkdownReaderTests.Shape(withH1));
        Assert.Equal([(BlockKind.Title, "Page – Ministry"), (BlockKind.Paragraph, "Text.")], MarkdownReaderTests.Shape(withoutH1));
    }

    [Fact]
    public void Read_PressRelease_GivesTheSampleSegmentsAndThePageChrome()
    {
        var document = HtmlDocument.Read(Fixture.Text("Html/press-release.html"), Language.En);

        Assert.Equal(HtmlSample.English, document.Segments.Select(InlineTags.Strip));
        Assert.Contains("<1>Luxembourg, January 16, 2018</1> – The Ministry of the Economy and the <2>China National Space Administration</2> (CNSA)", document.Segments.ElementAt(6), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_FrenchPressRelease_ReadsBackAsTheFrenchSegments()
    {
        var html = Fixture.Text("Html/press-release.html");

        var merged = HtmlDocument.Merge(html, Language.En, HtmlSample.French(HtmlDocument.Read(html, Language.En)), Language.Fr);

        Assert.Equal(HtmlSample.French(HtmlDocument.Read(html, Language.En)).Segments, HtmlDocument.Read(merged, Language.Fr).Segments);
    }

    [Fact]
    public void Merge_FrenchPressRelease_KeepsTheStructureLinksAndFormatting()
    {
        var html = Fixture.Text("Html/press-release.html");
        var original = Parse(html);

        var merged = Parse(HtmlDocument.Merge(html, Language.En, HtmlSample.French(HtmlDocument.Read(html, Language.En)), Language.Fr));

        Assert.Equal(Elements(original.Body!), Elements(merged.Body!));
        Assert.Equal(original.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), merged.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Luxembourg, le 16 janvier 2018", "Étienne Schneider", "Contact presse :"], merged.QuerySelectorAll("article strong").Select(s => s.TextContent));
        Assert.Equal("Administration spatiale nationale chinoise", merged.QuerySelector("a[href='http://www.cnsa.gov.cn/english/']")!.TextContent);
        Assert.Equal("fr", merged.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", merged.DocumentElement.GetAttribute("dir"));
        Assert.StartsWith("Le Luxembourg coopère avec la Chine", merged.Title, StringComparison.Ordinal);
        Assert.Equal(merged.QuerySelector("h1")!.TextContent, merged.Title);
    }

    [Fact]
    public void Merge_Output_IsAnHtml5PageInUtf8WithoutThePagesScriptsAndStyles()
    {
        var html = Fixture.Text("Html/press-release.html");

        var merged = HtmlDocument.Merge(html, Language.En, HtmlDocument.Read(html, Language.En), Language.Zh);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\" dir=\"ltr\"><head><meta charset=\"utf-8\">", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("iso-8859-1", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", merged, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ChineseBlock_JoinsSentencesWithoutSpace()
    {
        const string html = "<p>One. Two.</p>";

        var merged = Parse(HtmlDocument.Merge(html, Language.En, Translate(HtmlDocument.Read(html, Language.En), "第一句。", "第二句。"), Language.Zh));

        Assert.Equal("第一句。第二句。", merged.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Merge_ReorderedTags_KeepTheFormattingOnTheirWords()
    {
        const string html = "<p>The <strong>big</strong> <em class=\"c\">red</em> car.</p>";

        var merged = Parse(HtmlDocument.Merge(html, Language.En, Translate(HtmlDocument.Read(html, Language.En), "La <2>voiture</2> <1>rouge</1>."), Language.Fr));

        Assert.Equal("<p>La <em class=\"c\">voiture</em> <strong>rouge</strong>.</p>", merged.QuerySelector("p")!.OuterHtml);
    }

    [Fact]
    public void Merge_MissingUnknownAndStandaloneTags_DropsWhatHasNoCodeAndCopiesStandaloneElements()
    {
        const string html = "<p>A <b>bold</b> line<br>break <img src=\"i.png\" alt=\"icon\"> here.</p>";

        var merged = Parse(HtmlDocument.Merge(html, Language.En, Translate(HtmlDocument.Read(html, Language.En), "Une ligne<2/>coupée <7>ici</7> <3/>."), Language.Fr));

        Assert.Equal("<p>Une ligne<br>coupée ici <img src=\"i.png\" alt=\"icon\">.</p>", merged.QuerySelector("p")!.OuterHtml);
    }

    [Fact]
    public void Merge_DifferentBlockCount_IsRefusedNamingBothCounts()
    {
        var error = Assert.Throws<DocumentFormatException>(() => HtmlDocument.Merge(
            "<p>One.</p><p>Two.</p>", Language.En, new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["Un."])]), Language.Fr));

        Assert.Equal("The translation has 1 blocks but the original HTML has 2.", error.Message);
    }

    [Fact]
    public void Merge_DifferentSegmentCount_IsRefusedNamingTheBlockAndBothCounts()
    {
        var error = Assert.Throws<DocumentFormatException>(() => HtmlDocument.Merge(
            "<p>One. Two.</p>", Language.En, new SegmentedDocument([new SegmentedBlock(BlockKind.Paragraph, ["Un."])]), Language.Fr));

        Assert.Equal("Block 1 has 1 segments in the translation but 2 in the original HTML.", error.Message);
    }

    internal static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The element tree as names and classes, in document order: the page's structure without its text.</summary>
    private static List<string> Elements(AngleSharp.Dom.IElement root) =>
        [.. root.QuerySelectorAll("*").Where(e => e.LocalName is not ("script" or "style")).Select(e => e.LocalName + "." + e.ClassName)];

    /// <summary>The document with its segments replaced, in order, by the given ones.</summary>
    private static SegmentedDocument Translate(SegmentedDocument document, params string[] segments)
    {
        var next = 0;
        return new SegmentedDocument([.. document.Blocks.Select(b => b with { Segments = [.. b.Segments.Select(_ => segments[next++])] })]);
    }
}
