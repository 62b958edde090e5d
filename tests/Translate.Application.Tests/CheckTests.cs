using Translate.Application.Checks;
using Translate.Application.Editing;
using Translate.Application.Glossaries;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

public class CheckTests : ApplicationTest
{
    // Segment 10: "…will employ at least 5 employees in Luxembourg."
    private const string FrenchWithoutTheNumber = "Dans un premier temps, le laboratoire de recherche emploiera quelques personnes au Luxembourg.";

    // Segment 12: "Media contact:"; the French reference has an ordinary space before its colon (a warning).
    private const int Contact = 12;

    [Fact]
    public async Task Submit_WithACheckError_IsRefusedNamingTheSegment()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await SaveAsync(id, 10, Language.Fr, FrenchWithoutTheNumber);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Review.SubmitAsync(People.Francoise.Id, id, Language.Fr));

        Assert.Equal(("review.check-errors", "10"), (refused.Refusal.Code, (string)refused.Refusal.Values["segments"]));
        Assert.Equal(LanguageState.InProgress, (await LoadAsync(id)).Language(Language.Fr).State);
    }

    [Fact]
    public async Task Submit_WithAForbiddenVariantOfTheGlossary_IsRefusedAndTheEditorShowsTheTermFinding()
    {
        await App.Get<GlossaryService>().AddAsync(People.Anna.Id, new GlossaryEntryDraft(
        [
            new GlossaryTermDraft(Language.En, "Ministry of the Economy"),
            new GlossaryTermDraft(Language.Fr, "ministère de l'Économie", ForbiddenVariants: ["ministère de l'Economie"]),
        ]));
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await SaveAsync(id, 11, Language.Fr, "Communiqué par le ministère de l'Economie");

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Review.SubmitAsync(People.Francoise.Id, id, Language.Fr));

        Assert.Equal(("review.check-errors", "11"), (refused.Refusal.Code, (string)refused.Refusal.Values["segments"]));
        var row = await EditorRowAsync((await LoadAsync(id)).Slug, 11);
        Assert.Contains(row.Checks, c => c.Finding.Code == "check.term-forbidden");
    }

    [Fact]
    public async Task Acknowledge_ByTheTranslator_ShowsInTheEditorWithTheReasonAndTheirName()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        var slug = (await LoadAsync(id)).Slug;
        var warning = (await EditorRowAsync(slug, Contact)).Checks.Single();

        await Translations.AcknowledgeAsync(People.Francoise.Id, id, (await EditorRowAsync(slug, Contact)).SegmentId, Language.Fr,
            warning.Finding.Code, warning.ValuesKey, "House style of the ministry");

        var row = await EditorRowAsync(slug, Contact);
        var check = Assert.Single(row.Checks);
        Assert.Equal("check.french-no-break-space", check.Finding.Code);
        Assert.Equal(new AcknowledgementView("House style of the ministry", "Françoise", App.Clock.GetUtcNow()), check.Acknowledgement);
    }

    [Fact]
    public async Task Acknowledge_AnError_IsRefusedAndNothingIsStored()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 10, Language.Fr, FrenchWithoutTheNumber);
        var slug = (await LoadAsync(id)).Slug;
        var row = await EditorRowAsync(slug, 10);
        var error = row.Checks.Single(c => c.IsError);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Translations.AcknowledgeAsync(
            People.Francoise.Id, id, row.SegmentId, Language.Fr, error.Finding.Code, error.ValuesKey, "The source is wrong"));

        Assert.Equal("acknowledgement.error", refused.Refusal.Code);
        Assert.Empty((await TranslationAsync(id, 10, Language.Fr)).Acknowledgements);
    }

    [Fact]
    public async Task ChecksOnTypedText_FindTheLostNumber_AndKeepTheStoredAcknowledgement()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        var slug = (await LoadAsync(id)).Slug;
        var warning = (await EditorRowAsync(slug, Contact)).Checks.Single();
        await Translations.AcknowledgeAsync(People.Francoise.Id, id, (await EditorRowAsync(slug, Contact)).SegmentId, Language.Fr,
            warning.Finding.Code, warning.ValuesKey, "House style");
        var row = await EditorRowAsync(slug, Contact);

        Assert.Equal("check.number-missing", CheckViews.Of(
            SampleRelease.Segments[9].Text[Language.En], FrenchWithoutTheNumber, Language.En, Language.Fr, Glossary.Empty, []).Single().Finding.Code);
        Assert.Equal("House style", CheckViews.Of(row.SourceText, "Contact de presse :", Language.En, Language.Fr, Glossary.Empty, row.Acknowledgements)
            .Single().Acknowledgement?.Reason);
    }

    [Fact]
    public async Task Review_ShowsTheFindings_AndAnEditorAcknowledgesThere()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        var slug = (await LoadAsync(id)).Slug;
        var queries = App.Get<ReviewQueries>();
        var row = (await queries.LoadAsync(People.Ben.Id, slug, Language.Fr))!.Rows.Single(r => r.Number == Contact);

        await Translations.AcknowledgeAsync(People.Ben.Id, id, row.SegmentId, Language.Fr, row.Checks.Single().Finding.Code,
            row.Checks.Single().ValuesKey, "Ministry style");

        var sheet = (await queries.LoadAsync(People.Ben.Id, slug, Language.Fr))!;
        Assert.Equal([12, 14, 15, 16], sheet.Rows.Where(r => r.Checks.Count > 0).Select(r => r.Number));
        Assert.Equal(("Ministry style", "Ben Editor"), (sheet.Rows.Single(r => r.Number == Contact).Checks.Single().Acknowledgement?.Reason,
            sheet.Rows.Single(r => r.Number == Contact).Checks.Single().Acknowledgement?.AuthorName));
    }

    [Fact]
    public async Task Overview_SummarisesTheChecksOfEachLanguage()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await TranslateAllAsync(id, Language.De);
        await SaveAsync(id, 10, Language.De, "In einer ersten Phase wird das Forschungslabor Mitarbeiter in Luxemburg beschäftigen.");
        var slug = (await LoadAsync(id)).Slug;
        var contact = (await EditorRowAsync(slug, Contact)).Checks.Single();
        await Translations.AcknowledgeAsync(People.Francoise.Id, id, (await EditorRowAsync(slug, Contact)).SegmentId, Language.Fr,
            contact.Finding.Code, contact.ValuesKey, "House style");

        var overview = (await App.Get<ReleaseQueries>().OverviewAsync(slug))!;

        CheckSummary Of(Language language) => overview.Languages.Single(l => l.Progress.Language == language).Checks;
        Assert.Equal(new CheckSummary(0, 4, 1), Of(Language.Fr));
        Assert.Equal(new CheckSummary(1, 0, 0), Of(Language.De));
        Assert.Equal(CheckSummary.None, Of(Language.Zh));
    }

    private async Task<EditorRow> EditorRowAsync(string slug, int number) =>
        (await App.Get<EditorQueries>().LoadAsync(People.Francoise.Id, slug, Language.Fr)).Rows.Single(r => r.Number == number);
}
