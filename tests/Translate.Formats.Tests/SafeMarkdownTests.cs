using Translate.Domain.Languages;

namespace Translate.Formats.Tests;

/// <summary>A Markdown source merged back is as safe as a merged web page, whatever the original or a translation holds.</summary>
public class SafeMarkdownTests
{
    [Fact]
    public void Merge_ScriptsAndEventsInTheOriginal_AreGoneAndTheirProseKept()
    {
        const string markdown = "# Title\n\n<script>alert(1)</script>\n\nA <img src=\"logo.png\" onerror=\"alert(2)\"> logo.\n\n<div onclick=\"alert(3)\">\nA lead.\n</div>\n";

        var merged = MergeAsItIs(markdown);

        Assert.DoesNotContain("<script", merged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", merged, StringComparison.Ordinal);
        Assert.Contains("<img src=\"logo.png\">", merged, StringComparison.Ordinal);
        Assert.Contains("A lead.", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_AnInlineElementWithAnEventAttribute_KeepsTheElementAroundItsWords()
    {
        Assert.Equal("Employ <b>five</b> people.", MergeAsItIs("Employ <b onmouseover=\"alert(3)\">five</b> people."));
    }

    [Theory]
    [InlineData("Read [the page](javascript:alert(1)) now.", "Read the page now.")]
    [InlineData("Read [the page](JaVaScRiPt:alert(1) \"t\") now.", "Read the page now.")]
    [InlineData("Read [the page][p] now.\n\n[p]: javascript:alert(1)", "Read the page now.\n\n")]
    [InlineData("See ![a chart](data:text/html;base64,PHNjcmlwdD4=) here.", "See a chart here.")]
    [InlineData("Open <vbscript:msgbox(1)> here.", "Open vbscript:msgbox(1) here.")]
    public void Merge_LinksToUnsafeSchemes_BecomeTheirWords(string markdown, string expected)
    {
        Assert.Equal(expected, MergeAsItIs(markdown));
    }

    [Theory]
    [InlineData("Read [the page](https://gouvernement.lu/en.html \"The government\") and [the form](forms/apply.pdf).")]
    [InlineData("Write to <press@eco.etat.lu>, call [us](tel:+35224774126) or [mail us](mailto:press@eco.etat.lu).")]
    [InlineData("A <b>bold</b> word, a <span class=\"lead\">lead</span> and ![a logo](logo.png).\n\n<!-- a comment for editors -->")]
    [InlineData("[Home][home]\n\n[home]: https://gouvernement.lu")]
    [InlineData("An [empty link]() and a [fragment](#contact).")]
    public void Merge_OrdinaryMarkdown_StaysExactlyAsWritten(string markdown)
    {
        Assert.Equal(markdown, MergeAsItIs(markdown));
    }

    [Fact]
    public void Merge_ATranslationThatWritesAScript_IsWrittenAsText()
    {
        const string markdown = "A `code` word.\n\n<p>Raw paragraph.</p>\n";
        var english = MarkdownReader.Read(markdown, Language.En);
        var french = new Domain.Documents.SegmentedDocument(
        [
            english.Blocks[0] with { Segments = ["Un mot <1>x` <script>alert(1)</script> `</1>."] },
            english.Blocks[1] with { Segments = ["<script>alert(2)</script>"] },
        ]);

        var merged = MarkdownDocument.Merge(markdown, Language.En, french, Language.Fr);

        Assert.DoesNotContain("<script", merged, StringComparison.OrdinalIgnoreCase);
    }

    private static string MergeAsItIs(string markdown) =>
        MarkdownDocument.Merge(markdown, Language.En, MarkdownReader.Read(markdown, Language.En), Language.En);
}
