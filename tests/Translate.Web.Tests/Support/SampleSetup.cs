using Microsoft.EntityFrameworkCore;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Web.Tests.Support;

/// <summary>Puts the sample release where a test needs it, through the application services.</summary>
public static class SampleSetup
{
    public static async Task<(Guid Id, string Slug)> AssignedAsync(WebApp app)
    {
        var release = await app.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Text(Language.En)));
        await app.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, release.Id);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await app.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, release.Id, language, translator.Id);
        }

        return (release.Id, release.Slug);
    }

    /// <summary>Each segment's assignee types the reference translation.</summary>
    public static async Task TranslateAllAsync(WebApp app, Guid releaseId, Language language)
    {
        await using var db = app.NewContext();
        var translations = await db.Translations.Include(t => t.Segment)
            .Where(t => t.ReleaseId == releaseId && t.Language == language).ToListAsync();
        foreach (var translation in translations.OrderBy(t => t.Segment.Number))
        {
            await app.Get<TranslationService>().SaveAsync(translation.AssigneeId!, releaseId, translation.SegmentId, language,
                SampleRelease.Segments[translation.Segment.Number - 1].Text[language], translation.Version, TranslationState.Translated);
        }
    }

    public static async Task ApproveAsync(WebApp app, Guid releaseId, Language language)
    {
        await TranslateAllAsync(app, releaseId, language);
        await app.Get<ReviewService>().SubmitAsync(Steps.TranslatorOf[language].Id, releaseId, language);
        await app.Get<ReviewService>().ApproveAsync(People.Ben.Id, releaseId, language);
    }
}
