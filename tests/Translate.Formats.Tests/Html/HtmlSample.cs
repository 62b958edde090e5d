using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Formats.Tests.Html;

/// <summary>The sample press release as a ministry web page (Fixtures/Html/press-release.html): its segments and a French translation with tags.</summary>
internal static class HtmlSample
{
    /// <summary>The page's text that is not the release: navigation, the publication date, the footer; in French.</summary>
    private static readonly Dictionary<string, string> Chrome = new(StringComparer.Ordinal)
    {
        ["News"] = "Actualités",
        ["The Ministry"] = "Le ministère",
        ["Contact"] = "Contact",
        ["Published on 16 January 2018"] = "Publié le <1>16 janvier 2018</1>",
        ["© 2018 The Luxembourg Government – Legal notice"] = "© 2018 Le gouvernement luxembourgeois – <1>Mentions légales</1>",
    };

    /// <summary>The words each tag of a sample segment is around, in the French text, in tag order.</summary>
    private static readonly Dictionary<int, string[]> FrenchTagged = new()
    {
        [3] = ["Luxembourg, le 16 janvier 2018", "Administration spatiale nationale chinoise"],
        [5] = ["Étienne Schneider"],
        [8] = ["SpaceResources.lu"],
        [14] = ["paul.zenners@eco.etat.lu"],
        [15] = ["(+352) 247-74126"],
    };

    /// <summary>The page's segments without tags, in order: the release's, with the page's own text around them.</summary>
    public static IReadOnlyList<string> English { get; } =
    [
        "News", "The Ministry", "Contact",
        .. SampleRelease.Segments.Take(2).Select(s => s.Text[Language.En]),
        "Published on 16 January 2018",
        .. SampleRelease.Segments.Skip(2).Select(s => s.Text[Language.En]),
        "© 2018 The Luxembourg Government – Legal notice",
    ];

    /// <summary>The page read in English, every segment replaced by its French reference translation, tags placed on the same words.</summary>
    public static SegmentedDocument French(SegmentedDocument english) =>
        new([.. english.Blocks.Select(b => b with { Segments = [.. b.Segments.Select(FrenchOf)] })]);

    private static string FrenchOf(string english)
    {
        var plain = InlineTags.Strip(english);
        if (Chrome.TryGetValue(plain, out var chrome))
        {
            return chrome;
        }

        var sample = SampleRelease.Segments.Single(s => s.Text[Language.En] == plain);
        var french = sample.Text[Language.Fr];
        var start = 0;
        foreach (var (words, id) in FrenchTagged.GetValueOrDefault(sample.Number, []).Select((w, i) => (w, i + 1)))
        {
            var at = french.IndexOf(words, start, StringComparison.Ordinal);
            french = string.Concat(french[..at], InlineTags.Opening(id), words, InlineTags.Closing(id), french[(at + words.Length)..]);
            start = at;
        }

        return french;
    }
}
