using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Testing;
using static Translate.Domain.Tests.Glossaries.SampleGlossary;

namespace Translate.Domain.Tests.Checks;

/// <summary>The glossary joins the other checks through the one entry point the editor, the review and submission use.</summary>
public class TranslationChecksGlossaryTests
{
    [Theory]
    [InlineData(Language.Fr)]
    [InlineData(Language.De)]
    [InlineData(Language.Lb)]
    [InlineData(Language.Zh)]
    public void Of_WithTheSampleGlossary_FindsInTheReferenceTranslationsWhatItFindsWithout(Language language)
    {
        foreach (var segment in SampleRelease.Segments)
        {
            var (source, target) = (segment.Text[Language.En], segment.Text[language]);

            Assert.Equal(
                TranslationChecks.Of(source, target, Language.En, language).Select(f => f.Code),
                TranslationChecks.Of(source, target, Language.En, language, Sample).Select(f => f.Code));
        }
    }

    [Fact]
    public void Of_WithAGlossary_ReportsAForbiddenVariantAsAnErrorBesideTheOtherChecks()
    {
        var findings = TranslationChecks.Of(
            "The Ministry of the Economy signed 2 agreements.", "Le ministère de l'Economie a signé des accords.", Language.En, Language.Fr, Sample);

        Assert.Contains(findings, f => f is { Code: GlossaryCheck.TermForbiddenCode, Severity: CheckSeverity.Error });
        Assert.Contains(findings, f => f.Code == NumberCheck.Code);
    }

    [Fact]
    public void Of_WithAGlossaryOnAnEmptyTranslation_ReportsOnlyThatItIsEmpty()
    {
        var finding = Assert.Single(TranslationChecks.Of("The Ministry of the Economy.", "", Language.En, Language.Fr, Sample));

        Assert.Equal(EmptyTargetCheck.Code, finding.Code);
    }
}
