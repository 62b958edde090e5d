using Translate.Domain.Glossaries;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Glossaries;

/// <summary>The terms the sample release of 16 January 2018 names, as its reference translations write them.</summary>
internal static class SampleGlossary
{
    public static GlossaryEntry MinistryOfTheEconomy { get; } = Entry(
        ("Ministry of the Economy", null),
        ("ministère de l'Économie", ["ministère de l'Economie"]),
        ("Wirtschaftsministerium", ["Ministerium für Wirtschaft"]),
        ("Wirtschaftsministère", null),
        ("经济部", null));

    public static GlossaryEntry MinisterOfTheEconomy { get; } = Entry(
        ("Minister of the Economy", null), ("ministre de l'Économie", null), ("Wirtschaftsminister", null), ("Wirtschaftsminister", null), ("经济大臣", null));

    public static GlossaryEntry DeputyPrimeMinister { get; } = Entry(
        ("Deputy Prime Minister", null), ("Vice-Premier ministre", null), ("Vizepremierminister", null), ("Vizepremierminister", null), ("副首相", null));

    public static GlossaryEntry Luxembourg { get; } = Entry(
        ("Luxembourg", null), ("Luxembourg", ["Grand-Duché du Luxembourg"]), ("Luxemburg", null), ("Lëtzebuerg", null), ("卢森堡", ["卢森堡大公国"]));

    public static GlossaryEntry SpaceResources { get; } = Entry(
        ("space resources", null), ("ressources spatiales", null), ("Weltraumressourcen", null), ("Weltraumressourcen", null), ("空间资源", null));

    public static GlossaryEntry MemorandumOfUnderstanding { get; } = Entry(
        ("Memorandum of Understanding", null), ("protocole d'accord", null), ("Absichtserklärung", null), ("Memorandum of Understanding", null), ("谅解备忘录", null));

    public static GlossaryEntry Cnsa { get; } = Entry(
        ("China National Space Administration", null),
        ("Administration spatiale nationale chinoise", null),
        ("Nationale Raumfahrtbehörde Chinas", null),
        ("Nationaalt Weltraumagence vu China", null),
        ("中国国家航天局", null));

    public static GlossaryEntry SpaceResourcesLu { get; } = Name("SpaceResources.lu", ["Space Resources.lu"]);

    public static GlossaryEntry EtienneSchneider { get; } = Name("Étienne Schneider", ["Etienne Schneider"]);

    /// <summary>Case matters: "cas" is a French word ("en cas de"), CAS the Chinese Academy of Sciences.</summary>
    public static GlossaryEntry Cas { get; } = Name("CAS", []);

    public static Glossary Sample { get; } = new([
        MinistryOfTheEconomy, MinisterOfTheEconomy, DeputyPrimeMinister, Luxembourg, SpaceResources, MemorandumOfUnderstanding, Cnsa,
        SpaceResourcesLu, EtienneSchneider, Cas, Name("CNSA", []), Name("NSSC", []), Name("MoU", []),
    ]);

    /// <summary>An entry with a term in each language, in the order en, fr, de, lb, zh.</summary>
    private static GlossaryEntry Entry(params (string Text, string[]? Forbidden)[] terms) =>
        new(Guid.NewGuid(), LanguageCodes.All.Zip(terms, (language, term) => new GlossaryTerm(language, term.Text, forbiddenVariants: term.Forbidden)));

    private static GlossaryEntry Name(string name, string[] forbidden) =>
        new(Guid.NewGuid(), [new GlossaryTerm(Language.En, name, caseSensitive: true, forbiddenVariants: forbidden)], doNotTranslate: true);
}
