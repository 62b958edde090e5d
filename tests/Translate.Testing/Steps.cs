using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Testing;

/// <summary>Moves the sample release through its workflow, so each test starts where its rule applies.</summary>
public static class Steps
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyDictionary<Language, Actor> TranslatorOf = new Dictionary<Language, Actor>
    {
        [Language.Fr] = People.Francoise,
        [Language.De] = People.Dieter,
        [Language.Lb] = People.Lena,
        [Language.Zh] = People.Zhang,
    };

    public static Release Draft(Embargo? embargo = null) =>
        Release.Create(SampleRelease.Title, Language.En, null, new DateOnly(2026, 12, 1), embargo, SampleRelease.Document(), People.Anna, Now);

    /// <summary>Started, and every language assigned whole to its translator.</summary>
    public static Release Assigned(Embargo? embargo = null)
    {
        var release = Draft(embargo);
        release.StartTranslation(People.Anna, Now);
        foreach (var (language, translator) in TranslatorOf)
        {
            release.Assign(language, AssignmentPlanner.All(release.Segments, translator.Id), [translator], People.Anna, Now);
        }

        return release;
    }

    /// <summary>The translator types the reference translation of every segment.</summary>
    public static void TranslateAll(Release release, Language language, Actor? translator = null)
    {
        translator ??= TranslatorOf[language];
        foreach (var segment in release.Segments)
        {
            var translation = release.Translation(segment, language);
            var reference = SampleRelease.Segments[segment.Number - 1].Text[language];
            release.SaveTranslation(segment, language, reference, translation.Version, TranslationState.Translated, RevisionOrigin.Human, translator, Now);
        }
    }

    public static void TranslateAndSubmit(Release release, Language language)
    {
        TranslateAll(release, language);
        release.Submit(language, TranslatorOf[language], Now);
    }

    public static Release AllApproved(Embargo? embargo = null)
    {
        var release = Assigned(embargo);
        foreach (var language in TranslatorOf.Keys)
        {
            TranslateAndSubmit(release, language);
            Approve(release, language, People.Ben);
        }

        return release;
    }

    /// <summary>An editor approves, judged on the revisions the release holds in memory, as the application reads them from the database.</summary>
    public static void Approve(Release release, Language language, Actor editor) =>
        release.Approve(language, Authorship(release, language), editor, Now);

    public static IReadOnlyList<Authorship> Authorship(Release release, Language language) =>
        [.. release.TranslationsIn(language).SelectMany(t => t.Revisions).Select(r => new Authorship(r.AuthorId, r.ReleaseVersion, r.Origin)).Distinct()];

    public static Translation Save(Release release, int segmentNumber, Language language, string text, Actor? translator = null,
        TranslationState state = TranslationState.Translated)
    {
        var segment = release.Segments[segmentNumber - 1];
        var translation = release.Translation(segment, language);
        return release.SaveTranslation(segment, language, text, translation.Version, state, RevisionOrigin.Human,
            translator ?? TranslatorOf[language], Now);
    }
}
