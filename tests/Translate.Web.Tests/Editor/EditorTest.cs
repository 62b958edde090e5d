using Bunit;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Testing;
using Translate.Web.Tests.Support;
using TranslationEditor = Translate.Web.Components.Pages.Editor.Editor;

namespace Translate.Web.Tests.Editor;

/// <summary>The editor page over the app's real services, with the sample release set up through them.</summary>
public abstract class EditorTest : ComponentTest
{
    protected const string ModulePath = "./Components/Pages/Editor/Editor.razor.js";

    protected Guid ReleaseId { get; private set; }

    protected string Slug { get; private set; } = string.Empty;

    /// <summary>The sample, started, with each language assigned whole to its translator.</summary>
    protected async Task AssignedSampleAsync()
    {
        await CreateSampleAsync();
        foreach (var (language, translator) in Steps.TranslatorOf)
        {
            await App.Get<AssignmentService>().AssignAllAsync(People.Anna.Id, ReleaseId, language, translator.Id);
        }
    }

    protected async Task CreateSampleAsync(string? sourceText = null, IReadOnlyList<Language>? targets = null)
    {
        var release = await App.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease(
            SampleRelease.Title, Language.En, targets, new DateOnly(2026, 12, 1), null, sourceText ?? SampleRelease.Text(Language.En)));
        (ReleaseId, Slug) = (release.Id, release.Slug);
        await App.Get<ReleaseService>().StartTranslationAsync(People.Anna.Id, ReleaseId);
    }

    /// <summary>Saves through the service, as the person would from another tab or browser.</summary>
    protected async Task SaveElsewhereAsync(int number, Language language, string text, Actor? translator = null,
        TranslationState state = TranslationState.Translated)
    {
        var (segmentId, version) = await TranslationAsync(number, language);
        await App.Get<TranslationService>().SaveAsync((translator ?? Steps.TranslatorOf[language]).Id, ReleaseId, segmentId, language, text, version, state);
    }

    protected async Task TranslateAllElsewhereAsync(Language language)
    {
        foreach (var segment in SampleRelease.Segments)
        {
            await SaveElsewhereAsync(segment.Number, language, segment.Text[language]);
        }
    }

    protected async Task SendBackAsync(Language language, int number, string comment)
    {
        var (segmentId, _) = await TranslationAsync(number, language);
        await App.Get<ReviewService>().RequestChangesAsync(People.Ben.Id, ReleaseId, language, [new SegmentComment(segmentId, comment)]);
    }

    protected async Task<(Guid SegmentId, int Version)> TranslationAsync(int number, Language language)
    {
        await using var db = App.NewContext();
        var translation = await db.Translations
            .Where(t => t.ReleaseId == ReleaseId && t.Segment.Number == number && t.Language == language)
            .Select(t => new { t.SegmentId, t.Version })
            .SingleAsync();
        return (translation.SegmentId, translation.Version);
    }

    protected async Task<(string Text, TranslationState State)> StoredAsync(int number, Language language)
    {
        await using var db = App.NewContext();
        var translation = await db.Translations
            .Where(t => t.ReleaseId == ReleaseId && t.Segment.Number == number && t.Language == language)
            .Select(t => new { t.Text, t.State })
            .SingleAsync();
        return (translation.Text, translation.State);
    }

    protected IRenderedComponent<TranslationEditor> OpenEditor(Actor person, Language language)
    {
        SignInAs(person);
        var cut = Render<TranslationEditor>(p => p.Add(x => x.Slug, Slug).Add(x => x.Lang, language.Code()));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tr.segment")), TimeSpan.FromSeconds(10));
        return cut;
    }

    protected static IReadOnlyList<int> RowNumbers(IRenderedComponent<TranslationEditor> cut) =>
        [.. cut.FindAll("tr.segment th[scope=row]").Select(th => int.Parse(th.TextContent, System.Globalization.CultureInfo.InvariantCulture))];

    protected static AngleSharp.Dom.IElement Row(IRenderedComponent<TranslationEditor> cut, int number) =>
        cut.FindAll("tr.segment").Single(tr => tr.QuerySelector("th[scope=row]")!.TextContent == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected static string Announcement(IRenderedComponent<TranslationEditor> cut) => cut.Find("[aria-live=polite]").TextContent;
}
