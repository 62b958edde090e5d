using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Web.Tests.Support;

/// <summary>The sample release moved through the real services of a <see cref="WebApp"/>, and ways to find what a person sees.</summary>
public static class SampleSteps
{
    /// <summary>Created and started by Anna; nothing assigned yet.</summary>
    public static async Task<(Guid Id, string Slug)> StartedSampleAsync(this WebApp app)
    {
        var release = await app.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Text(Language.En)));
        await app.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, release.Id);
        return (release.Id, release.Slug);
    }

    /// <summary>Started, and each language assigned whole to its translator.</summary>
    public static async Task<(Guid Id, string Slug)> AssignedSampleAsync(this WebApp app)
    {
        var release = await app.StartedSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await app.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, release.Id, language, translator.Id);
        }

        return release;
    }

    /// <summary>Each segment's assignee saves the reference translation.</summary>
    public static async Task TranslateAllAsync(this WebApp app, Guid releaseId, Language language)
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

    /// <summary>Translated, submitted by its translator and approved by Ben.</summary>
    public static async Task ApproveAsync(this WebApp app, Guid releaseId, Language language)
    {
        await app.TranslateAllAsync(releaseId, language);
        await app.Get<Translate.Application.Review.ReviewService>().SubmitAsync(Steps.TranslatorOf[language].Id, releaseId, language);
        await app.Get<Translate.Application.Review.ReviewService>().ApproveAsync(People.Ben.Id, releaseId, language);
    }

    public static async Task<Translation> TranslationAsync(this WebApp app, Guid releaseId, int segmentNumber, Language language)
    {
        await using var db = app.NewContext();
        return await db.Translations.Include(t => t.Segment)
            .SingleAsync(t => t.ReleaseId == releaseId && t.Segment.Number == segmentNumber && t.Language == language);
    }

    /// <summary>The control a visible label names.</summary>
    public static IElement ByLabel<T>(this IRenderedComponent<T> cut, string label)
        where T : IComponent =>
        cut.Find("#" + cut.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for"));

    public static IElement Button<T>(this IRenderedComponent<T> cut, string text)
        where T : IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The body rows of the table whose caption starts with the text, as the cells' text.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows<T>(this IRenderedComponent<T> cut, string caption)
        where T : IComponent =>
        cut.FindAll("table")
            .Single(t => t.QuerySelector("caption")?.TextContent.Trim().StartsWith(caption, StringComparison.Ordinal) == true)
            .QuerySelectorAll("tbody tr")
            .Select(r => (IReadOnlyList<string>)r.Children.Select(c => c.TextContent.Trim()).ToList())
            .ToList();
}
