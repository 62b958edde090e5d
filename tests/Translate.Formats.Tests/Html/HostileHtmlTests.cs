using System.Diagnostics;
using Translate.Domain.Languages;
using Translate.Formats.Html;

namespace Translate.Formats.Tests.Html;

/// <summary>One test per file of Fixtures/Html/hostile: what a page must not carry into a translation.</summary>
public class HostileHtmlTests
{
    [Fact]
    public void ScriptsStylesEventsAndJavascriptUrls_AreNeitherReadNorMerged()
    {
        var html = Fixture.Text("Html/hostile/scripts-and-events.html");

        var read = HtmlDocument.Read(html, Language.En);
        var merged = SelfMerge(html);

        Assert.Equal(
            ["Scripts", "A paragraph with <1/> an image.", "A <1>scripted link</1> and a <2>mixed-case one</2>.", "A <1>real link</1>.", "Styled text."],
            read.Segments);
        Assert.DoesNotContain("alert", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", merged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Enable scripts", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("Template text", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", merged, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://gouvernement.lu/\">real link</a>", merged, StringComparison.Ordinal);
        Assert.Contains("<img src=\"missing.png\" alt=\"broken\">", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void SvgAndMathWithScripts_AreDroppedWithTheirText()
    {
        var html = Fixture.Text("Html/hostile/svg-and-math.html");

        var merged = SelfMerge(html);

        Assert.Equal(["Before the drawing.", "After the drawing."], HtmlDocument.Read(html, Language.En).Segments);
        Assert.DoesNotContain("<svg", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void FramesPluginsAndForms_AreDroppedWithTheirText()
    {
        var html = Fixture.Text("Html/hostile/frames-and-plugins.html");

        var merged = SelfMerge(html);

        Assert.Equal(["Before the frames.", "After the frames."], HtmlDocument.Read(html, Language.En).Segments);
        foreach (var element in new[] { "<iframe", "<object", "<embed", "<param", "<form", "<input", "<button", "srcdoc", "evil" })
        {
            Assert.DoesNotContain(element, merged, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BaseRefreshAndOtherHeadDirectives_AreDropped()
    {
        var html = Fixture.Text("Html/hostile/base-and-refresh.html");

        var merged = SelfMerge(html);

        Assert.DoesNotContain("<base", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", merged, StringComparison.Ordinal);
        Assert.Contains("<a href=\"news.html\">relative link</a>", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandNestedDivs_AreRefusedNamingTheDepth()
    {
        var html = Fixture.Text("Html/hostile/deep-nesting.html");

        var error = Assert.Throws<DocumentFormatException>(() => HtmlDocument.Read(html, Language.En));

        Assert.Equal("The HTML is nested more than 256 levels deep, which no page needs.", error.Message);
    }

    [Fact]
    public void NestingJustWithinTheLimit_IsRead()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 250)) + "Deep text." + string.Concat(Enumerable.Repeat("</div>", 250));

        Assert.Equal("Deep text.", Assert.Single(HtmlDocument.Read(html, Language.En).Segments));
    }

    [Fact]
    public void BinaryBytesDecodedAsText_GiveWhatTextThereIsWithoutFailing()
    {
        var html = Fixture.Text("Html/hostile/not-text.html");

        var read = HtmlDocument.Read(html, Language.En);

        Assert.Contains(read.Segments, s => s.Contains("text", StringComparison.Ordinal));
        Assert.DoesNotContain(SelfMerge(html), c => c == '\0');
    }

    /// <summary>Made here rather than stored: a 4 MB attribute and a 4 MB word would only weigh on the repository.</summary>
    [Fact]
    public void HugeAttributeValueAndText_AreReadInBoundedTime()
    {
        var huge = new string('x', 4_000_000);
        var html = $"<p title=\"{huge}\">Short <a href=\"https://gouvernement.lu/{huge}\">link</a>.</p><p>{huge}</p>";
        var clock = Stopwatch.StartNew();

        var read = HtmlDocument.Read(html, Language.En);

        Assert.Equal("Short <1>link</1>.", read.Segments.First());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Reading took {clock.Elapsed}.");
    }

    private static string SelfMerge(string html) =>
        HtmlDocument.Merge(html, Language.En, HtmlDocument.Read(html, Language.En), Language.Fr);
}
