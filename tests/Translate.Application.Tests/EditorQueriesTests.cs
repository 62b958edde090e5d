using Translate.Application.Editing;
using Translate.Application.Review;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Application.Tests;

public class EditorQueriesTests : ApplicationTest
{
    private EditorQueries Queries => App.Get<EditorQueries>();

    [Fact]
    public async Task Load_ListsEverySegmentInOrder_WithSourceTranslationStateAndPeople()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 2, Language.Lb, "Den National Space Science Center", state: TranslationState.Draft);
        var slug = (await LoadAsync(id)).Slug;

        var page = await Queries.LoadAsync(People.Lena.Id, slug, Language.Lb);

        Assert.Equal(SampleRelease.Title, page.Title);
        Assert.Equal(Language.En, page.SourceLanguage);
        Assert.Equal(LanguageState.InProgress, page.LanguageState);
        Assert.Equal(Enumerable.Range(1, SampleRelease.Segments.Count), page.Rows.Select(r => r.Number));
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), page.Rows.Select(r => r.SourceText));
        Assert.Equal(BlockKind.Title, page.Rows[0].BlockKind);
        var saved = page.Rows[1];
        Assert.Equal(("Den National Space Science Center", TranslationState.Draft, 1), (saved.Text, saved.State, saved.Version));
        Assert.Equal((People.Lena.Name, People.Lena.Name), (saved.AssigneeName, saved.LastEditorName));
        Assert.Equal(Steps.Now, saved.LastEditedAt);
        Assert.Equal((string.Empty, TranslationState.Empty, 0, null), (page.Rows[0].Text, page.Rows[0].State, page.Rows[0].Version, page.Rows[0].LastEditorName));
        Assert.All(page.Rows, r => Assert.True(r.WordCount > 0));
    }

    [Fact]
    public async Task Load_ForTheAssignee_MakesTheirRowsEditable()
    {
        var id = await AssignedSampleAsync();

        var page = await Queries.LoadAsync(People.Lena.Id, (await LoadAsync(id)).Slug, Language.Lb);

        Assert.All(page.Rows, r => Assert.True(r.IsEditable));
    }

    [Fact]
    public async Task Load_ForAnotherTranslatorOfTheLanguage_ShowsOnlyTheirShareAsEditable()
    {
        var id = await CreateSampleAsync();
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        await Assignments.AssignRangeAsync(People.Anna.Id, id, Language.Lb, 1, 4, People.Lena.Id);
        await Assignments.AssignRangeAsync(People.Anna.Id, id, Language.Lb, 5, 16, People.Luc.Id);

        var page = await Queries.LoadAsync(People.Luc.Id, (await LoadAsync(id)).Slug, Language.Lb);

        Assert.All(page.Rows.Take(4), r => Assert.Equal((ReadOnlyReason?)ReadOnlyReason.AssignedToSomeoneElse, r.ReadOnlyReason));
        Assert.All(page.Rows.Take(4), r => Assert.Equal(People.Lena.Name, r.AssigneeName));
        Assert.All(page.Rows.Skip(4), r => Assert.True(r.IsEditable));
    }

    [Fact]
    public async Task Load_ForATranslatorOfAnotherLanguageOrAnEditor_IsReadOnly()
    {
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;

        var dieter = await Queries.LoadAsync(People.Dieter.Id, slug, Language.Lb);
        var anna = await Queries.LoadAsync(People.Anna.Id, slug, Language.Lb);

        Assert.All(dieter.Rows.Concat(anna.Rows), r => Assert.Equal((ReadOnlyReason?)ReadOnlyReason.AssignedToSomeoneElse, r.ReadOnlyReason));
    }

    [Fact]
    public async Task Load_WhileTheLanguageIsInReview_IsReadOnlyForTheAssigneeToo()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Lb);
        await Review.SubmitAsync(People.Lena.Id, id, Language.Lb);

        var page = await Queries.LoadAsync(People.Lena.Id, (await LoadAsync(id)).Slug, Language.Lb);

        Assert.Equal(LanguageState.InReview, page.LanguageState);
        Assert.All(page.Rows, r => Assert.Equal((ReadOnlyReason?)ReadOnlyReason.InReview, r.ReadOnlyReason));
    }

    [Fact]
    public async Task Load_AfterChangesWereRequested_ShowsTheEditorsCommentAndTheRowIsEditableAgain()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Lb);
        await Review.SubmitAsync(People.Lena.Id, id, Language.Lb);
        var segment7 = await TranslationAsync(id, 7, Language.Lb);
        await Review.RequestChangesAsync(People.Ben.Id, id, Language.Lb, [new SegmentComment(segment7.SegmentId, "Check the n-rule.")]);

        var page = await Queries.LoadAsync(People.Lena.Id, (await LoadAsync(id)).Slug, Language.Lb);

        var row = page.Rows[6];
        Assert.Equal((TranslationState.Rejected, "Check the n-rule."), (row.State, row.ReviewComment));
        Assert.True(row.IsEditable);
    }

    [Fact]
    public async Task Load_OfAPublishedRelease_IsReadOnlyForEveryone()
    {
        var id = await AssignedSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await TranslateAllAsync(id, language);
            await Review.SubmitAsync(translator.Id, id, language);
            await Review.ApproveAsync(People.Ben.Id, id, language);
        }

        await Publishing.PublishAsync(People.Anna.Id, id);

        var page = await Queries.LoadAsync(People.Lena.Id, (await LoadAsync(id)).Slug, Language.Lb);

        Assert.Equal(ReleaseStatus.Published, page.Status);
        Assert.All(page.Rows, r => Assert.Equal((ReadOnlyReason?)ReadOnlyReason.Published, r.ReadOnlyReason));
        Assert.All(page.Rows, r => Assert.Equal(TranslationState.Approved, r.State));
    }

    [Fact]
    public async Task Load_OfADraft_ShowsTheSourceWithEmptyTargetsAsNotStarted()
    {
        var id = await CreateSampleAsync();

        var page = await Queries.LoadAsync(People.Lena.Id, (await LoadAsync(id)).Slug, Language.Lb);

        Assert.Equal(SampleRelease.Segments.Count, page.Rows.Count);
        Assert.All(page.Rows, r => Assert.Equal((ReadOnlyReason?)ReadOnlyReason.NotStarted, r.ReadOnlyReason));
    }

    [Fact]
    public async Task Load_OfAnUnknownReleaseOrTheSourceLanguage_IsNotFound()
    {
        var slug = (await LoadAsync(await AssignedSampleAsync())).Slug;

        await Assert.ThrowsAsync<NotFoundException>(() => Queries.LoadAsync(People.Lena.Id, "no-such-release", Language.Lb));
        await Assert.ThrowsAsync<NotFoundException>(() => Queries.LoadAsync(People.Lena.Id, slug, Language.En));
    }

    [Fact]
    public async Task PersonName_GivesTheDisplayName()
    {
        Assert.Equal(People.Lena.Name, await Queries.PersonNameAsync(People.Lena.Id));
        Assert.Null(await Queries.PersonNameAsync(null));
    }
}
