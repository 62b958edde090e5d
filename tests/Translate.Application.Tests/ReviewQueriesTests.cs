using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

public class ReviewQueriesTests : ApplicationTest
{
    private ReviewQueries Queries => App.Get<ReviewQueries>();

    [Fact]
    public async Task Load_ShowsEverySegmentBesideItsTranslationWithStateAndLastEditor()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Zh);
        await Review.SubmitAsync(People.Zhang.Id, id, Language.Zh);
        var slug = (await LoadAsync(id)).Slug;

        var sheet = (await Queries.LoadAsync(People.Ben.Id, slug, Language.Zh))!;

        Assert.Equal(LanguageState.InReview, sheet.State);
        Assert.Equal("Zhang Wei", sheet.SubmittedBy);
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), sheet.Rows.Select(r => r.Source));
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.Zh]), sheet.Rows.Select(r => r.Target));
        Assert.All(sheet.Rows, r => Assert.Equal((TranslationState.Translated, "Zhang Wei"), (r.State, r.LastEditedBy)));
    }

    [Fact]
    public async Task Load_ListsTheRevisionsOfASegmentNewestFirstWithTheirAuthors()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 6, Language.Fr, "Le Centre", state: TranslationState.Draft);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await SaveAsync(id, 6, Language.Fr, "Le Centre national des sciences spatiales est la porte de la Chine.");
        var slug = (await LoadAsync(id)).Slug;

        var sheet = (await Queries.LoadAsync(People.Anna.Id, slug, Language.Fr))!;

        var history = sheet.Rows.Single(r => r.Number == 6).Revisions;
        Assert.Equal(2, history.Count);
        Assert.Equal(("Le Centre", "Le Centre national des sciences spatiales est la porte de la Chine."), (history[0].OldText, history[0].NewText));
        Assert.Equal((string.Empty, "Le Centre"), (history[1].OldText, history[1].NewText));
        Assert.True(history[0].At > history[1].At);
        Assert.All(history, r => Assert.Equal(("Françoise", RevisionOrigin.Human), (r.Author, r.Origin)));
        Assert.Empty(sheet.Rows.Single(r => r.Number == 5).Revisions);
    }

    [Fact]
    public async Task Load_AfterChangesWereRequested_ShowsTheCommentsOfTheRejectedSegments()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.De);
        await Review.SubmitAsync(People.Dieter.Id, id, Language.De);
        var segment = await TranslationAsync(id, 2, Language.De);
        await Review.RequestChangesAsync(People.Ben.Id, id, Language.De, [new SegmentComment(segment.SegmentId, "Titel kürzen.")]);
        var slug = (await LoadAsync(id)).Slug;

        var sheet = (await Queries.LoadAsync(People.Anna.Id, slug, Language.De))!;

        Assert.Equal(LanguageState.ChangesRequested, sheet.State);
        var row = sheet.Rows.Single(r => r.Number == 2);
        Assert.Equal((TranslationState.Rejected, "Titel kürzen."), (row.State, row.ReviewComment));
    }

    [Fact]
    public async Task Load_OfTheSourceLanguage_FindsNothing()
    {
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;

        Assert.Null(await Queries.LoadAsync(People.Anna.Id, slug, Language.En));
    }

    [Fact]
    public async Task Load_ByATranslator_IsForbidden()
    {
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Queries.LoadAsync(People.Francoise.Id, slug, Language.Fr));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
    }
}
