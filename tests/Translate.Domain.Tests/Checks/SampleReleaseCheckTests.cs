using Translate.Domain.Checks;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Domain.Tests.Checks;

public class SampleReleaseCheckTests
{
    private static readonly Language[] Languages = [Language.Fr, Language.De, Language.Lb, Language.Zh];

    public static TheoryData<Language> Targets => [.. Languages];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Of_TheReferenceTranslations_FindsNoError(Language language)
    {
        var errors = SampleRelease.Segments
            .SelectMany(s => TranslationChecks.Of(s.Text[Language.En], s.Text[language], Language.En, language)
                .Select(f => $"{s.Number}: {f}"))
            .Where(f => f.Contains(nameof(CheckSeverity.Error), StringComparison.Ordinal))
            .ToList();

        Assert.Empty(errors);
    }

    // The reference French contact lines ("Contact presse :") use an ordinary space where typography wants a no-break one.
    [Fact]
    public void Of_TheReferenceTranslations_WarnsOnlyAboutTheFrenchContactColons()
    {
        var warnings = Languages
            .SelectMany(language => SampleRelease.Segments.SelectMany(s => TranslationChecks.Of(s.Text[Language.En], s.Text[language], Language.En, language)
                .Where(f => f.Severity == CheckSeverity.Warning)
                .Select(f => $"{s.Number} {language.Code()} {f.Code}")))
            .ToList();

        Assert.Equal(
            ["12 fr check.french-no-break-space", "14 fr check.french-no-break-space", "15 fr check.french-no-break-space", "16 fr check.french-no-break-space"],
            warnings);
    }
}
