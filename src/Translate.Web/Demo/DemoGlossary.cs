using Translate.Application.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Web.Demo;

/// <summary>
/// The demo glossary: the institutions, titles and names the sample release of 16 January 2018 uses, as its
/// reference translations write them, with the variants a ministry must not print.
/// </summary>
internal static class DemoGlossary
{
    public static IReadOnlyList<GlossaryEntryDraft> Entries { get; } =
    [
        Entry("institutions", ("Ministry of the Economy", []), ("ministère de l'Économie", ["ministère de l'Economie"]),
            ("Wirtschaftsministerium", ["Ministerium für Wirtschaft"]), ("Wirtschaftsministère", []), ("经济部", [])),
        Entry("titles", ("Minister of the Economy", []), ("ministre de l'Économie", []), ("Wirtschaftsminister", []), ("Wirtschaftsminister", []), ("经济大臣", [])),
        Entry("titles", ("Deputy Prime Minister", []), ("Vice-Premier ministre", []), ("Vizepremierminister", []), ("Vizepremierminister", []), ("副首相", [])),
        Entry("places", ("Luxembourg", []), ("Luxembourg", ["Grand-Duché du Luxembourg"]), ("Luxemburg", []), ("Lëtzebuerg", []), ("卢森堡", ["卢森堡大公国"])),
        Entry("space", ("space resources", []), ("ressources spatiales", []), ("Weltraumressourcen", []), ("Weltraumressourcen", []), ("空间资源", [])),
        Entry("agreements", ("Memorandum of Understanding", []), ("protocole d'accord", []), ("Absichtserklärung", []), ("Memorandum of Understanding", []), ("谅解备忘录", [])),
        Entry("institutions", ("China National Space Administration", []), ("Administration spatiale nationale chinoise", []),
            ("Nationale Raumfahrtbehörde Chinas", []), ("Nationaalt Weltraumagence vu China", []), ("中国国家航天局", [])),
        Name("SpaceResources.lu", ["Space Resources.lu"], "The initiative's name, written as one word with its domain."),
        Name("Étienne Schneider", ["Etienne Schneider"], "The minister's name, with its accent."),
        Name("CAS", [], "Chinese Academy of Sciences; case matters: \"cas\" is a French word."),
        Name("CNSA", [], null),
    ];

    public static async Task SeedAsync(GlossaryService glossary, string editorId)
    {
        foreach (var entry in Entries)
        {
            await glossary.AddAsync(editorId, entry);
        }
    }

    /// <summary>An entry with a term in each language, in the order en, fr, de, lb, zh.</summary>
    private static GlossaryEntryDraft Entry(string subject, params (string Text, string[] Forbidden)[] terms) =>
        new([.. LanguageCodes.All.Zip(terms, (language, term) => new GlossaryTermDraft(language, term.Text, ForbiddenVariants: term.Forbidden))], Subject: subject);

    private static GlossaryEntryDraft Name(string name, string[] forbidden, string? note) =>
        new([new GlossaryTermDraft(Language.En, name, CaseSensitive: true, ForbiddenVariants: forbidden)], note, "names", DoNotTranslate: true);
}
