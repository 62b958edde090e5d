using Translate.Application.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

public class AssignmentQueriesTests : ApplicationTest
{
    private AssignmentQueries Queries => App.Get<AssignmentQueries>();

    [Fact]
    public async Task Load_ListsOnlyTheActiveTranslatorsOfTheLanguage()
    {
        await App.AddUserAsync(People.Translator("marc", "Marc", Language.Lb), disabled: true);
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;

        var luxembourgish = await Queries.LoadAsync(People.Anna.Id, slug, Language.Lb);
        var french = await Queries.LoadAsync(People.Anna.Id, slug, Language.Fr);

        Assert.Equal(["Lena", "Luc"], luxembourgish!.Translators.Select(t => t.Name));
        Assert.Equal(["Claire", "Françoise"], french!.Translators.Select(t => t.Name));
    }

    [Fact]
    public async Task Load_ShowsTheWorkloadOfEachTranslatorInThisReleaseAndOpenSegmentsAcrossReleases()
    {
        var first = await AssignedSampleAsync();
        await Assignments.SplitAsync(People.Anna.Id, first, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        await AssignedSampleAsync();
        await TranslateAllAsync(first, Language.Fr);
        var release = await LoadAsync(first);
        var segments = SampleRelease.Segments.Count;

        var french = (await Queries.LoadAsync(People.Anna.Id, release.Slug, Language.Fr))!;
        var luxembourgish = (await Queries.LoadAsync(People.Anna.Id, release.Slug, Language.Lb))!;

        var francoise = french.Translators.Single(t => t.Id == People.Francoise.Id);
        Assert.Equal(segments, francoise.Segments);
        Assert.Equal(release.Segments.Sum(s => s.WordCount), francoise.Words);
        Assert.Equal(segments, francoise.OpenSegments);
        var claire = french.Translators.Single(t => t.Id == People.Claire.Id);
        Assert.Equal((0, 0, 0), (claire.Segments, claire.Words, claire.OpenSegments));

        var luc = luxembourgish.Translators.Single(t => t.Id == People.Luc.Id);
        var lucs = luxembourgish.Segments.Where(s => s.AssigneeId == People.Luc.Id).ToList();
        Assert.NotEmpty(lucs);
        Assert.Equal(lucs.Count, luc.Segments);
        Assert.Equal(lucs.Sum(s => s.Segment.WordCount), luc.Words);
        Assert.Equal(lucs.Count, luc.OpenSegments);
        var lena = luxembourgish.Translators.Single(t => t.Id == People.Lena.Id);
        Assert.Equal(segments - lucs.Count, lena.Segments);
        Assert.Equal((2 * segments) - lucs.Count, lena.OpenSegments);
    }

    [Fact]
    public async Task Load_ListsTheSegmentsInOrderWithTheirOpeningWordsAndAssignee()
    {
        var id = await AssignedSampleAsync();
        await Assignments.AssignRangeAsync(People.Anna.Id, id, Language.Lb, 3, 4, People.Luc.Id);
        var slug = (await LoadAsync(id)).Slug;

        var board = (await Queries.LoadAsync(People.Anna.Id, slug, Language.Lb))!;

        Assert.Equal(Enumerable.Range(1, SampleRelease.Segments.Count), board.Segments.Select(s => s.Segment.Number));
        Assert.Equal("Luxembourg cooperates with China in the exploration and …", board.Segments[0].Opening);
        Assert.Equal("Media contact:", board.Segments[11].Opening);
        Assert.Equal(["Lena", "Lena", "Luc", "Luc", "Lena"], board.Segments.Take(5).Select(s => s.AssigneeName));
    }

    [Fact]
    public async Task Load_BeforeAnyAssignment_ShowsNoAssigneeAndNoWorkload()
    {
        var id = await CreateSampleAsync();
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        var slug = (await LoadAsync(id)).Slug;

        var board = (await Queries.LoadAsync(People.Anna.Id, slug, Language.De))!;

        Assert.All(board.Segments, s => Assert.Null(s.AssigneeName));
        Assert.Equal(0, Assert.Single(board.Translators).Segments);
    }

    [Fact]
    public async Task Load_OfTheSourceLanguageOrAnUnknownRelease_FindsNothing()
    {
        var id = await AssignedSampleAsync();
        var slug = (await LoadAsync(id)).Slug;

        Assert.Null(await Queries.LoadAsync(People.Anna.Id, slug, Language.En));
        Assert.Null(await Queries.LoadAsync(People.Anna.Id, "no-such-release", Language.Fr));
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
