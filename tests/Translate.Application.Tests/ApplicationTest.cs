using Microsoft.EntityFrameworkCore;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Publishing;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>A fresh database per test, and the few steps the tests take through the services.</summary>
public abstract class ApplicationTest : IAsyncLifetime
{
    protected ApplicationFixture App { get; private set; } = null!;

    protected ReleaseService Releases => App.Get<ReleaseService>();

    protected AssignmentService Assignments => App.Get<AssignmentService>();

    protected TranslationService Translations => App.Get<TranslationService>();

    protected ReviewService Review => App.Get<ReviewService>();

    protected PublishingService Publishing => App.Get<PublishingService>();

    public async Task InitializeAsync() => App = await ApplicationFixture.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>The sample created from its text, or from a file of it (a Word document, a web page).</summary>
    protected async Task<Guid> CreateSampleAsync(Embargo? embargo = null, SourceFile? file = null)
    {
        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), embargo, SampleRelease.Text(Language.En), file));
        return release.Id;
    }

    /// <summary>Created, started, and each language assigned whole to its translator.</summary>
    protected async Task<Guid> AssignedSampleAsync(Embargo? embargo = null, SourceFile? file = null)
    {
        var id = await CreateSampleAsync(embargo, file);
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await Assignments.AssignAllAsync(People.Anna.Id, id, language, translator.Id);
        }

        return id;
    }

    protected async Task<Translation> TranslationAsync(Guid releaseId, int segmentNumber, Language language)
    {
        await using var db = App.NewContext();
        return await db.Translations.Include(t => t.Segment).Include(t => t.Revisions)
            .SingleAsync(t => t.ReleaseId == releaseId && t.Segment.Number == segmentNumber && t.Language == language);
    }

    protected async Task<SavedTranslation> SaveAsync(Guid releaseId, int segmentNumber, Language language, string text, Actor? translator = null,
        TranslationState state = TranslationState.Translated)
    {
        var translation = await TranslationAsync(releaseId, segmentNumber, language);
        return await Translations.SaveAsync((translator ?? Steps.TranslatorOf[language]).Id, releaseId, translation.SegmentId, language, text,
            translation.Version, state);
    }

    /// <summary>Each segment's assignee types the reference translation.</summary>
    protected async Task TranslateAllAsync(Guid releaseId, Language language)
    {
        await using var db = App.NewContext();
        var translations = await db.Translations.Include(t => t.Segment)
            .Where(t => t.ReleaseId == releaseId && t.Language == language).ToListAsync();
        foreach (var translation in translations.OrderBy(t => t.Segment.Number))
        {
            await Translations.SaveAsync(translation.AssigneeId!, releaseId, translation.SegmentId, language,
                SampleRelease.Segments[translation.Segment.Number - 1].Text[language], translation.Version, TranslationState.Translated);
        }
    }

    protected async Task<Release> LoadAsync(Guid releaseId)
    {
        await using var db = App.NewContext();
        return await db.Releases.Include(r => r.Languages).Include(r => r.Segments).Include(r => r.Translations)
            .Include(r => r.PublishedVersions).ThenInclude(v => v.Documents)
            .AsSplitQuery().SingleAsync(r => r.Id == releaseId);
    }
}
