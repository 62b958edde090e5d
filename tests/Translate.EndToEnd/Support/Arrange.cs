using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.EndToEnd.Support;

/// <summary>Where a test starts, set up through the application services (the story proves the same steps in the browser).</summary>
public static class Arrange
{
    /// <summary>The sample release under a title of its own, started, each language assigned whole to its translator.</summary>
    public static async Task<string> AssignedSampleAsync(this AppServer app, string title)
    {
        var release = await app.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            title, Language.En, null, new DateOnly(2026, 12, 1), null, SampleRelease.Text(Language.En)));
        await app.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, release.Id);
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await app.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, release.Id, language, translator.Id);
        }

        return release.Slug;
    }

    /// <summary>The language's translator saves the reference translation of the first <paramref name="segments"/> segments.</summary>
    public static async Task TranslateAsync(this AppServer app, string slug, Language language, int segments)
    {
        var translator = Steps.TranslatorOf[language];
        var editor = await app.Get<EditorQueries>().LoadAsync(translator.Id, slug, language);
        foreach (var row in editor.Rows.Take(segments))
        {
            await app.Get<TranslationService>().SaveAsync(translator.Id, editor.ReleaseId, row.SegmentId, language,
                SampleRelease.Segments[row.Number - 1].Text[language], row.Version, TranslationState.Translated);
        }
    }

    public static async Task<Guid> ReleaseIdAsync(this AppServer app, string slug) =>
        (await app.Get<ReleaseQueries>().OverviewAsync(slug))!.Summary.Id;

    /// <summary>A translation as stored, read as an editor sees it.</summary>
    public static async Task<EditorRow> StoredAsync(this AppServer app, string slug, Language language, int segment) =>
        (await app.Get<EditorQueries>().LoadAsync(People.Anna.Id, slug, language)).Rows.Single(r => r.Number == segment);
}
