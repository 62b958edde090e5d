using Bunit;
using Translate.Application.Editing;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Releases;

public sealed class ReleaseChecksTests : ComponentTest
{
    [Fact]
    public async Task Matrix_SummarisesEachLanguagesChecks_LinkingEditorsToTheReview()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.TranslateAllAsync(id, Language.Fr);
        await App.TranslateAllAsync(id, Language.De);
        await SaveAsync(id, 10, Language.De, "In einer ersten Phase wird das Forschungslabor Mitarbeiter in Luxemburg beschäftigen.");
        await SaveAsync(id, 3, Language.De, "");
        await AcknowledgeContactAsync(id, slug);
        SignInAs(People.Anna);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count));
        Assert.Equal("Checks", cut.FindAll("table.matrix thead th")[4].TextContent);
        Assert.Equal("4 warnings (1 acknowledged)", Cell(cut, "fr").TextContent.Trim());
        Assert.Equal($"releases/{slug}/review/fr", Cell(cut, "fr").QuerySelector("a[aria-label='Checks of fr: 4 warnings (1 acknowledged)']")!.GetAttribute("href"));
        Assert.Equal("1 error", Cell(cut, "de").TextContent.Trim());
        Assert.Equal("Nothing found", Cell(cut, "zh").TextContent.Trim());
    }

    [Fact]
    public async Task Matrix_ForATranslator_LinksTheirLanguagesChecksToTheEditor()
    {
        var (id, slug) = await App.AssignedSampleAsync();
        await App.TranslateAllAsync(id, Language.Fr);
        await SaveAsync(id, 10, Language.Fr, "Dans un premier temps, le laboratoire emploiera des personnes au Luxembourg.");
        SignInAs(People.Francoise);

        var cut = Render<ReleasePage>(p => p.Add(x => x.Slug, slug));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("table.matrix tbody tr").Count));
        var link = Cell(cut, "fr").QuerySelector("a")!;
        Assert.Equal(("1 error, 4 warnings", $"releases/{slug}/translate/fr"), (link.TextContent, link.GetAttribute("href")));
    }

    /// <summary>The checks cell of a language's row (found by its row header, the language code).</summary>
    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<ReleasePage> cut, string language) =>
        cut.FindAll("table.matrix tbody tr").Single(r => r.QuerySelector("th[scope=row]")!.TextContent == language).QuerySelectorAll("td")[3];

    private async Task SaveAsync(Guid id, int number, Language language, string text)
    {
        var translation = await App.TranslationAsync(id, number, language);
        await App.Get<TranslationService>().SaveAsync(Steps.TranslatorOf[language].Id, id, translation.SegmentId, language, text, translation.Version,
            text.Length == 0 ? Domain.Translations.TranslationState.Draft : Domain.Translations.TranslationState.Translated);
    }

    private async Task AcknowledgeContactAsync(Guid id, string slug)
    {
        var row = (await App.Get<EditorQueries>().LoadAsync(People.Francoise.Id, slug, Language.Fr)).Rows.Single(r => r.Number == 12);
        var warning = row.Checks.Single();
        await App.Get<TranslationService>().AcknowledgeAsync(People.Francoise.Id, id, row.SegmentId, Language.Fr, warning.Finding.Code, warning.ValuesKey, "House style");
    }
}
