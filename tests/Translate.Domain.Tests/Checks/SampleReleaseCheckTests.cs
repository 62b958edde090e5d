using Translate.Domain.Checks;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Domain.Tests.Checks;

public class SampleReleaseCheckTests
{
    public static TheoryData<Language> Targets => [Language.Fr, Language.De, Language.Lb, Language.Zh];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Run_OverTheReferenceTranslations_FindsNoError(Language language)
    {
        var errors = SampleRelease.Segments
            .SelectMany(s => TranslationChecks.Run(s.Text[Language.En], s.Text[language], Language.En, language)
                .Select(f => $"{s.Number}: {f}"))
            .Where(f => f.Contains(nameof(CheckSeverity.Error), StringComparison.Ordinal))
            .ToList();

        Assert.Empty(errors);
    }
}
