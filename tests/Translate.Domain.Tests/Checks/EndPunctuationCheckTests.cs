using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class EndPunctuationCheckTests
{
    [Theory]
    [InlineData("The minister signed.", Language.Fr, "La ministre a signé.")]
    [InlineData("Did the minister sign?", Language.Fr, "La ministre a-t-elle signé\u00A0?")]
    [InlineData("Media contact:", Language.Fr, "Contact presse\u00A0:")]
    [InlineData("He said: “We signed.”", Language.De, "Er sagte: „Wir haben unterzeichnet.“")]
    [InlineData("The minister <1>signed</1>!", Language.Lb, "D’Ministesch huet <1>ënnerschriwwen</1>!")]
    [InlineData("And so on...", Language.Lb, "A sou weider…")]
    [InlineData("The minister signed.", Language.Zh, "部长签署了。")]
    [InlineData("Did the minister sign?", Language.Zh, "部长签署了吗？")]
    [InlineData("Media contact:", Language.Zh, "媒体联系人：")]
    [InlineData("Released by the Ministry of the Economy", Language.Zh, "卢森堡经济部发布")]
    public void Run_WithTheSameEndMark_FindsNothing(string source, Language language, string target) =>
        Assert.Empty(Findings.Of(source, target, language));

    [Theory]
    [InlineData("The minister signed.", Language.Fr, "La ministre a signé", ".", "é")]
    [InlineData("Media contact:", Language.De, "Pressekontakt.", ":", ".")]
    [InlineData("Released by the Ministry of the Economy", Language.Lb, "Matgedeelt vum Wirtschaftsministère.", "y", ".")]
    [InlineData("Did the minister sign?", Language.Zh, "部长签署了。", "?", "。")]
    public void Run_WithADifferentEnd_NamesBothEnds(string source, Language language, string target, string sourceEnd, string targetEnd)
    {
        var finding = Assert.Single(Findings.Of(source, target, language));

        Assert.Equal(
            ("check.end-punctuation", CheckSeverity.Warning, sourceEnd, targetEnd),
            (finding.Code, finding.Severity, finding.Values["source"], finding.Values["target"]));
    }
}
