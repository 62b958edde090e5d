using System.Globalization;
using System.Reflection;
using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Web.Components.Shared;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>
/// Every finding a check can give, raised by a real translation that has the problem, read in each UI language:
/// a sentence of <c>locales/</c> exists for its code, and it names the values the finding carries.
/// </summary>
public sealed class CheckTextTests
{
    private static readonly Glossary Terms = new([new GlossaryEntry(Guid.NewGuid(),
    [
        new GlossaryTerm(Language.En, "Ministry of the Economy"),
        new GlossaryTerm(Language.Fr, "ministère de l’Économie", forbiddenVariants: ["ministère de l’Economie"]),
    ])]);

    /// <summary>One translation per finding code that raises it; a new code fails the coverage test until it has one.</summary>
    private static readonly (string Code, string Source, string Target, Language Language)[] Examples =
    [
        ("check.empty", "The minister spoke.", "", Language.Fr),
        ("check.identical", "The minister spoke to the press today.", "The minister spoke to the press today.", Language.Fr),
        ("check.leading-space", "The minister spoke.", " La ministre a parlé.", Language.Fr),
        ("check.trailing-space", "The minister spoke.", "La ministre a parlé. ", Language.Fr),
        ("check.double-space", "The minister spoke.", "La ministre  a parlé.", Language.Fr),
        ("check.french-no-break-space", "Contact: the press office", "Contact : le service de presse", Language.Fr),
        ("check.tag-missing", "The <1>minister</1> spoke.", "La ministre a parlé.", Language.Fr),
        ("check.tag-extra", "The minister spoke.", "La <1>ministre</1> a parlé.", Language.Fr),
        ("check.tags-unbalanced", "The <1>minister</1> spoke.", "La </1>ministre<1> a parlé.", Language.Fr),
        ("check.email-missing", "Write to info@eco.etat.lu today.", "Écrivez aujourd’hui.", Language.Fr),
        ("check.url-missing", "Read https://gouvernement.lu today.", "Lisez aujourd’hui.", Language.Fr),
        ("check.chinese-half-width-punctuation", "The minister spoke, then left.", "部长讲话,然后离开。", Language.Zh),
        ("check.chinese-space", "The minister spoke.", "部长 讲话。", Language.Zh),
        ("check.number-missing", "It costs 25 euros.", "Cela coûte des euros.", Language.Fr),
        ("check.term-missing", "The Ministry of the Economy spoke.", "Le ministère a parlé.", Language.Fr),
        ("check.term-forbidden", "The Ministry of the Economy spoke.", "Le ministère de l’Economie a parlé.", Language.Fr),
        ("check.date-missing", "Signed on 16 January 2018.", "Signé le 17 janvier 2018.", Language.Fr),
        ("check.date-form", "Signed on 16 January 2018.", "Unterzeichnet am 16 Januar 2018.", Language.De),
        ("check.number-extra", "It costs 25 euros.", "Cela coûte 25 euros, soit 30 dollars.", Language.Fr),
        ("check.domain-missing", "See SpaceResources.lu today.", "Voyez aujourd’hui.", Language.Fr),
        ("check.phone-missing", "Call (+352) 247-84151 today.", "Appelez aujourd’hui.", Language.Fr),
        ("check.end-punctuation", "The minister spoke.", "La ministre a parlé", Language.Fr),
        ("check.unbalanced", "The agency (CNSA) spoke.", "L’agence (CNSA a parlé.", Language.Fr),
        ("check.german-quotes", "The “minister” spoke.", "Der \"Minister\" sprach.", Language.De),
        ("check.n-rule-drop", "The framework is ready.", "Den Kader ass fäerdeg.", Language.Lb),
        ("check.n-rule-keep", "The evening is quiet.", "De Owend ass roueg.", Language.Lb),
        ("check.length", "In a first stage, the laboratory will employ at least five people in Luxembourg.", "Dans un premier temps.", Language.Fr),
    ];

    [Fact]
    public void EveryFindingCode_HasAnExampleHere()
    {
        var codes = typeof(CheckFinding).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c.StartsWith(CheckText.KeyPrefix, StringComparison.Ordinal))
            .Order();

        Assert.Equal(codes, Examples.Select(e => e.Code).Order());
    }

    [Theory]
    [MemberData(nameof(AppLocales.Cultures), MemberType = typeof(AppLocales))]
    public void EveryFinding_HasASentenceInTheUiLanguage_NamingItsValues(string culture)
    {
        using var _ = new UiCulture(culture);
        var problems = new List<string>();

        foreach (var (code, source, target, language) in Examples)
        {
            var finding = TranslationChecks.Of(source, target, Language.En, language, Terms).FirstOrDefault(f => f.Code == code);
            if (finding is null)
            {
                problems.Add($"{code}: the example does not raise it");
                continue;
            }

            var found = AppLocales.Strings.Find(code, CultureInfo.CurrentUICulture);
            if (found.ResourceNotFound || !found.SearchedLocation!.StartsWith(AppLocales.FileOf(culture), StringComparison.Ordinal))
            {
                problems.Add($"{code}: no sentence in {AppLocales.FileOf(culture)}");
                continue;
            }

            var text = CheckText.Of(finding, AppLocales.Localizer);
            problems.AddRange(finding.Values.Values.Select(v => $"{v}").Where(v => !text.Contains(v, StringComparison.Ordinal))
                .Select(v => $"{code}: \"{text}\" does not name {v}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Finding_InGerman_ReadsTheGermanSentenceWithTheNumber()
    {
        using var _ = new UiCulture("de");
        var finding = TranslationChecks.Of("It costs 25 euros.", "Es kostet Euro.", Language.En, Language.De).Single();

        Assert.Equal("Die Zahl 25 des Ausgangstexts fehlt in der Übersetzung.", CheckText.Of(finding, AppLocales.Localizer));
        Assert.Equal("Fehler", CheckText.Severity(finding.Severity, AppLocales.Localizer));
    }
}
