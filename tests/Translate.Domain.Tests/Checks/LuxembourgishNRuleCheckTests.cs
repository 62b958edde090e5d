using Translate.Domain.Checks;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Domain.Tests.Checks;

public class LuxembourgishNRuleCheckTests
{
    [Theory]
    [InlineData("The director signed a framework.", "Den Direkter huet e Kader ënnerschriwwen.")]
    [InlineData("In the evening the dog came by train.", "Den Owend koum den Hond mam Zuch.")]
    [InlineData("The ministry and China signed.", "De Ministère a China hunn ënnerschriwwen.")]
    [InlineData("The ministry and the agency signed.", "De Ministère an d’Agence hu gewisen, datt si ënnerschriwwen hunn.")]
    [InlineData("When we can, we come.", "Wa mer kënne, kommen mer.")]
    [InlineData("When she speaks, the minister listens.", "Wann si schwätzt, lauschtert de Minister no.")]
    [InlineData("The SMS provider and the check-in.", "Den SMS-Ubidder an den Check-in.")]
    [InlineData("Of China, in 2018.", "Vun China, an 2018.")]
    [InlineData("The sense of it.", "De Sinn vum Ganzen.")]
    public void Run_WithTheNRuleKept_FindsNothing(string source, string target) =>
        Assert.DoesNotContain(Findings.Codes(source, target, Language.Lb), c => c.StartsWith("check.n-rule", StringComparison.Ordinal));

    [Theory]
    [InlineData("Den Kader ass fäerdeg.", "Den Kader")]
    [InlineData("D’Agence vun Lëtzebuerg ass do.", "vun Lëtzebuerg")]
    [InlineData("Mir hunn gewisen, datt et geet.", "hunn gewisen")]
    [InlineData("Et ass en Fuerschungslabo.", "en Fuerschungslabo")]
    [InlineData("Wann mer kommen, ass et gutt.", "Wann mer")]
    public void Run_WithAnNKeptBeforeAConsonant_WarnsItDrops(string target, string words)
    {
        var finding = Assert.Single(Findings.Of("The framework is ready.", target, Language.Lb), f => f.Code.StartsWith("check.n-rule", StringComparison.Ordinal));

        Assert.Equal(("check.n-rule-drop", CheckSeverity.Warning, words), (finding.Code, finding.Severity, finding.Values["words"]));
    }

    [Theory]
    [InlineData("De Owend ass roueg.", "De Owend")]
    [InlineData("Et ass e Accord vu Lëtzebuerg.", "e Accord")]
    [InlineData("Ministère a d’Agence.", "a d’Agence")]
    [InlineData("D’Agence vu der Regierung.", "vu der")]
    [InlineData("Mir hu kee Zuch.", "kee Zuch")]
    public void Run_WithAnNDroppedBeforeAVowelOrNDTZH_WarnsItKeeps(string target, string words)
    {
        var finding = Assert.Single(Findings.Of("The evening is quiet.", target, Language.Lb), f => f.Code.StartsWith("check.n-rule", StringComparison.Ordinal));

        Assert.Equal(("check.n-rule-keep", CheckSeverity.Warning, words), (finding.Code, finding.Severity, finding.Values["words"]));
    }

    [Fact]
    public void Run_OverTheReferenceLuxembourgish_FindsNoSlip() =>
        Assert.DoesNotContain(
            SampleRelease.Segments.SelectMany(s => Findings.Codes(s.Text[Language.En], s.Text[Language.Lb], Language.Lb)),
            c => c.StartsWith("check.n-rule", StringComparison.Ordinal));

    [Theory]
    [InlineData(Language.De, "Den Kader hat er gesehen.")]
    [InlineData(Language.Fr, "De Owend à Paris.")]
    public void Run_InOtherLanguages_LeavesTheirWordsAlone(Language language, string target) =>
        Assert.DoesNotContain(Findings.Codes("The framework.", target, language), c => c.StartsWith("check.n-rule", StringComparison.Ordinal));
}
