using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Application.Memory;

/// <summary>How many Empty translations were filled from exact memory matches, per target language of the release.</summary>
public sealed record MemoryFill(IReadOnlyDictionary<Language, int> Filled)
{
    public int Total => Filled.Values.Sum();

    /// <summary>
    /// Fills each Empty translation whose source has an exact (100%) or in-context (101%) match with the best
    /// match's target, through <see cref="Release.FillFromMemory"/>.
    /// </summary>
    internal static MemoryFill Run(Release release, TranslationMemory memory, Actor editor, DateTimeOffset now)
    {
        var segments = release.Segments;
        var filled = new Dictionary<Language, int>();
        foreach (var language in release.TargetLanguages)
        {
            filled[language] = 0;
            for (var i = 0; i < segments.Count; i++)
            {
                if (release.Translation(segments[i], language).State != TranslationState.Empty)
                {
                    continue;
                }

                var matches = memory.Lookup(new MemoryQuery(segments[i].Text, release.SourceLanguage, language)
                {
                    PreviousSourceText = i > 0 ? segments[i - 1].Text : null,
                    NextSourceText = i < segments.Count - 1 ? segments[i + 1].Text : null,
                    MinimumScore = MatchScorer.Exact,
                    MaximumResults = 1,
                });
                if (matches is [var best, ..] && release.FillFromMemory(segments[i], language, best.Unit.TargetText, editor, now))
                {
                    filled[language]++;
                }
            }
        }

        return new MemoryFill(filled);
    }
}
