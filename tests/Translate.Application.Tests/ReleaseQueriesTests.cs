using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Testing;

namespace Translate.Application.Tests;

public class ReleaseQueriesTests : ApplicationTest
{
    private ReleaseQueries Queries => App.Get<ReleaseQueries>();

    [Fact]
    public async Task ListAsync_GivesEachLanguagesStateAndProgressInSegmentsAndWords()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.ApproveAsync(People.Ben.Id, id, Language.Fr);
        await SaveAsync(id, 1, Language.De, SampleRelease.Segments[0].Text[Language.De]);

        var release = Assert.Single(await Queries.ListAsync());

        Assert.Equal((16, SampleRelease.Segments.Sum(s => Translate.Domain.Segmentation.TextCounter.Count(s.Text[Language.En], Language.En))), (release.Segments, release.Words));
        Assert.Equal([Language.Fr, Language.De, Language.Lb, Language.Zh], release.Languages.Select(l => l.Language));
        var fr = release.Languages[0];
        Assert.Equal((LanguageState.Approved, 16, 16, release.Words), (fr.State, fr.Translated, fr.Approved, fr.ApprovedWords));
        var de = release.Languages[1];
        Assert.Equal((LanguageState.InProgress, 1, 0), (de.State, de.Translated, de.Approved));
        Assert.Equal(6, de.TranslatedPercent);
    }

    [Fact]
    public async Task ListAsync_FiltersByStatusAndLanguage()
    {
        var started = await AssignedSampleAsync();
        var draft = await Releases.CreateAsync(People.Anna.Id, new NewRelease("Brief", Language.Fr, [Language.En], new DateOnly(2026, 12, 3), null, "Une phrase."));

        Assert.Equal([draft.Id], (await Queries.ListAsync(ReleaseStatus.Draft)).Select(r => r.Id));
        Assert.Equal([started], (await Queries.ListAsync(ReleaseStatus.InTranslation)).Select(r => r.Id));
        Assert.Equal([started], (await Queries.ListAsync(language: Language.Zh)).Select(r => r.Id));
        Assert.Equal(2, (await Queries.ListAsync(language: Language.En)).Count);
        Assert.Empty(await Queries.ListAsync(ReleaseStatus.Published));
    }

    [Fact]
    public async Task MyWorkAsync_ListsWhatIsAssignedToThePersonWithWhatIsStillOpen()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 1, Language.Lb, SampleRelease.Segments[0].Text[Language.Lb]);

        var work = Assert.Single(await Queries.MyWorkAsync(People.Lena.Id));

        Assert.Equal((id, Language.Lb, 16, 15), (work.ReleaseId, work.Language, work.Assigned, work.Open));
        Assert.Empty(await Queries.MyWorkAsync(People.Anna.Id));
    }

    [Fact]
    public async Task OverviewAsync_NamesTheAssigneesWithTheirWorkloadAndTheSource()
    {
        var id = await AssignedSampleAsync();
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        var slug = (await LoadAsync(id)).Slug;

        var overview = await Queries.OverviewAsync(slug);

        Assert.NotNull(overview);
        var lb = overview.Languages.Single(l => l.Progress.Language == Language.Lb);
        Assert.Equal(["Lena", "Luc"], lb.Assignees.Select(a => a.Name));
        Assert.Equal(16, lb.Assignees.Sum(a => a.Segments));
        Assert.Equal(SampleRelease.Text(Language.En).TrimEnd(), overview.SourceText);
        Assert.Null(await Queries.OverviewAsync("no-such-release"));
    }
}
