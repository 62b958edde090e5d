using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Formats.Tests.Glossaries;

/// <summary>Fixtures of Fixtures/Glossaries, a glossary that uses every field, and entries written as comparable text.</summary>
internal static class GlossaryFiles
{
    public static FileStream Fixture(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Glossaries", name));

    public static IReadOnlyList<GlossaryEntry> Everything { get; } =
    [
        new(Guid.Parse("0190f2a4-0000-7000-8000-000000000001"),
            [
                new GlossaryTerm(Language.En, "Ministry of the Economy", note: "Capital M, as in the name."),
                new GlossaryTerm(Language.Fr, "ministère de l’Économie", forbiddenVariants: ["ministère de l’Economie", "Ministère de l'Economie"]),
                new GlossaryTerm(Language.De, "Wirtschaftsministerium", forbiddenVariants: ["Ministerium für Wirtschaft"]),
                new GlossaryTerm(Language.Lb, "Wirtschaftsministère"),
                new GlossaryTerm(Language.Zh, "经济部", forbiddenVariants: ["经济局"]),
            ],
            note: "The ministry that issues the press releases;\nwritten \"as is\", commas, too.",
            subject: "institutions"),
        new(Guid.Parse("0190f2a4-0000-7000-8000-000000000002"),
            [new GlossaryTerm(Language.En, "SpaceResources.lu", caseSensitive: true, forbiddenVariants: ["Space Resources.lu"])],
            doNotTranslate: true),
        new(Guid.Parse("0190f2a4-0000-7000-8000-000000000003"),
            [new GlossaryTerm(Language.En, "+352 phone prefix"), new GlossaryTerm(Language.Fr, "=indicatif +352", note: "-formula-looking note")]),
    ];

    /// <summary>An entry as one line of text, every field in it, so that two lists of entries compare with one assertion.</summary>
    public static string Describe(GlossaryEntry entry) =>
        $"{entry.Id} [{entry.Subject}] note={entry.Note} dnt={entry.DoNotTranslate} "
        + string.Join(" ", entry.Terms.Select(t => $"{t.Language.Code()}:{t.Text}{(t.CaseSensitive ? "(Aa)" : "")}!{string.Join("|", t.ForbiddenVariants)}#{t.Note}"));

    public static List<string> Describe(IEnumerable<GlossaryEntry> entries) => [.. entries.Select(Describe)];
}
