using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Formats.Tests.Interchange;

/// <summary>The sample release as bilingual documents, and the helpers the interchange tests share.</summary>
internal static class InterchangeSamples
{
    /// <summary>A unit with every kind of inline code, XML-special characters and Chinese text.</summary>
    public static readonly BilingualUnit Tagged = new(
        "s-tagged",
        new InlineText(
        [
            new TextRun("Read <the> \"MoU\" & 'annex': "),
            new OpeningCode("1", InlineKind.Bold),
            new TextRun("bold "),
            new OpeningCode("2", InlineKind.Italic),
            new TextRun("both"),
            new ClosingCode("2"),
            new ClosingCode("1"),
            new StandaloneCode("3", InlineKind.LineBreak),
            new OpeningCode("4", InlineKind.Link, "https://space-agency.public.lu/?a=1&b=\"2\""),
            new TextRun("SpaceResources.lu"),
            new ClosingCode("4"),
            new OpeningCode("5", InlineKind.Underline),
            new TextRun("under"),
            new ClosingCode("5"),
        ]),
        new InlineText(
        [
            new OpeningCode("4", InlineKind.Link, "https://space-agency.public.lu/?a=1&b=\"2\""),
            new TextRun("空间资源"),
            new ClosingCode("4"),
            new StandaloneCode("3", InlineKind.LineBreak),
            new OpeningCode("1", InlineKind.Bold),
            new OpeningCode("2", InlineKind.Italic),
            new TextRun("<粗体> & \"引号\""),
            new ClosingCode("2"),
            new ClosingCode("1"),
            new OpeningCode("5", InlineKind.Underline),
            new ClosingCode("5"),
        ]),
        TranslationState.Translated);

    private static readonly TranslationState[] States = Enum.GetValues<TranslationState>();

    /// <summary>Every sample segment as a unit, cycling through every state; an Empty one has no target.</summary>
    public static BilingualDocument Document(Language target) => new(
        Language.En,
        target,
        "press-release-2018-01-16",
        [
            .. SampleRelease.Segments.Select(s =>
            {
                var state = States[s.Number % States.Length];
                return new BilingualUnit(
                    $"s{s.Number}",
                    InlineText.Plain(s.Text[Language.En]),
                    state == TranslationState.Empty ? null : InlineText.Plain(s.Text[target]),
                    state)
                {
                    SegmentNumber = s.Number,
                    BlockId = $"b{s.Block}",
                    BlockKind = Enum.Parse<BlockKind>(s.Kind, ignoreCase: true),
                    Notes = state == TranslationState.Rejected ? ["Please use the official name of the agency.", "Zweite Notiz & <mehr>"] : [],
                };
            }),
            Tagged,
        ])
    {
        ReleaseId = "0195f3a2-7c1e-7000-8000-000000000001",
        Version = 2,
    };

    public static IEnumerable<object[]> TargetLanguages() =>
        new[] { Language.Fr, Language.De, Language.Lb, Language.Zh }.Select(l => new object[] { l });

    /// <summary>Everything a unit holds, notes included, for comparing whole documents.</summary>
    public static object Shape(BilingualUnit unit) =>
        (unit.Id, unit.Source, unit.Target, unit.State, unit.SegmentNumber, unit.BlockId, unit.BlockKind, string.Join(" | ", unit.Notes));

    public static MemoryStream Written(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return stream;
    }

    public static string Text(MemoryStream stream) => System.Text.Encoding.UTF8.GetString(stream.ToArray());

    public static FileStream Fixture(string name) =>
        File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interchange", name));
}
