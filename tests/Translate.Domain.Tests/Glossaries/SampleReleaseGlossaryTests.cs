using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Testing;
using static Translate.Domain.Tests.Glossaries.SampleGlossary;

namespace Translate.Domain.Tests.Glossaries;

public class SampleReleaseGlossaryTests
{
    public static TheoryData<Language> Targets => [Language.Fr, Language.De, Language.Lb, Language.Zh];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Run_OverTheReferenceTranslations_FindsNothing(Language language)
    {
        var findings = SampleRelease.Segments
            .SelectMany(s => GlossaryCheck.Run(s.Text[Language.En], s.Text[language], Language.En, language, Sample).Select(f => $"{s.Number}: {f}"))
            .ToList();

        Assert.Empty(findings);
    }

    [Fact]
    public void Find_OverTheEnglishSource_FindsTheTermsTheReleaseNames()
    {
        var found = SampleRelease.Segments.SelectMany(s => Sample.Find(s.Text[Language.En], Language.En)).Select(h => h.Term.Text).ToHashSet();

        Assert.Equal(Sample.Entries.Select(e => e.Terms[0].Text).ToHashSet(), found);
    }

    [Fact]
    public void Run_OverAReferenceTranslationWithTheTermChanged_Warns()
    {
        var segment = SampleRelease.Segments.Single(s => s.Number == 11);

        var finding = Assert.Single(GlossaryCheck.Run(segment.Text[Language.En], "Mitgeteilt vom Ministerium für Wirtschaft", Language.En, Language.De, Sample),
            f => f.Code == GlossaryCheck.TermMissingCode);

        Assert.Equal(["Ministry of the Economy", "Wirtschaftsministerium"], finding.Values.Values);
    }
}
