using System.Text;
using AngleSharp.Html.Parser;
using Translate.Application.Exports;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Formats;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>Exports rebuilt from an original are safe to open, and a preview says so inside the document.</summary>
public class SafeExportTests : ApplicationTest
{
    private const string HostileMarkdown =
        "# Space cooperation\n\nRead [the agreement](javascript:alert(1)) today.\n\n<script>alert(2)</script>\n\nThe laboratory will employ <b onmouseover=\"alert(3)\">five</b> people.\n";

    private ExportService Exports => App.Get<ExportService>();

    [Fact]
    public async Task ExportAsync_OfAMarkdownSourceWithScriptsAndJavascriptLinks_IsSanitized()
    {
        var slug = await CreateAsync(new SourceFile("release.md", SourceFormat.Markdown, Encoding.UTF8.GetBytes(HostileMarkdown)));

        var markdown = Text(await Exports.ExportAsync(People.Anna.Id, slug, Language.En, SourceFormat.Markdown));

        Assert.DoesNotContain("javascript:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover", markdown, StringComparison.Ordinal);
        Assert.Contains("Read the agreement today.", markdown, StringComparison.Ordinal);
        Assert.Contains("<b>five</b>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_PreviewOfAWebPageSource_CarriesTheNoticeInsideThePage()
    {
        var slug = await CreateAsync(Fixture("Html", "press-release.html"));

        var page = new HtmlParser().ParseDocument(Text(await Exports.ExportAsync(People.Anna.Id, slug, Language.Fr, SourceFormat.Html)));

        Assert.Equal(PreviewNotice.Text, page.Body!.FirstElementChild!.TextContent);
        Assert.Equal("note", page.Body.FirstElementChild.GetAttribute("role"));
        Assert.Single(page.QuerySelectorAll("meta[charset]"));
    }

    [Fact]
    public async Task ExportAsync_PreviewOfAWordSource_OpensWithTheNoticeAsItsFirstParagraph()
    {
        var slug = await CreateAsync(Fixture("Docx", "press-release.docx"));

        var word = await Exports.ExportAsync(People.Anna.Id, slug, Language.De, SourceFormat.Docx);

        var reread = SourceFiles.Read(word.Content, SourceFormat.Docx, Language.De, ReaderLimits.Default);
        Assert.Equal(PreviewNotice.Text, reread.Blocks[0].Segments.Single());
    }

    [Fact]
    public async Task ExportAsync_PreviewOfAMarkdownSourceWithFrontMatter_HasTheNoticeAfterIt()
    {
        var slug = await CreateAsync(new SourceFile("release.md", SourceFormat.Markdown, Encoding.UTF8.GetBytes("---\ntitle: Space\n---\n\n# Space cooperation\n")));

        var markdown = Text(await Exports.ExportAsync(People.Anna.Id, slug, Language.En, SourceFormat.Markdown));

        Assert.Equal("---\ntitle: Space\n---\n\n" + PreviewNotice.Line + "\n\n\n# Space cooperation\n", markdown);
    }

    [Fact]
    public async Task ExportAsync_PreviewOfAPlainTextSource_OpensWithTheNoticeLine()
    {
        var slug = await CreateAsync(new SourceFile("release.txt", SourceFormat.PlainText, Encoding.UTF8.GetBytes("Space cooperation\n\nOne sentence.\n")));

        var text = Text(await Exports.ExportAsync(People.Anna.Id, slug, Language.Fr, SourceFormat.PlainText));

        Assert.StartsWith(PreviewNotice.Line + "\n\n", text, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync(SourceFile file)
    {
        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Space cooperation", Language.En, [Language.Fr, Language.De], new DateOnly(2026, 12, 1), null, "", file));
        return release.Slug;
    }

    private static SourceFile Fixture(string folder, string name) =>
        new(name, SourceFiles.FormatOf(name)!.Value, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name)));

    private static string Text(ExportFile file) => Encoding.UTF8.GetString(file.Content);
}
