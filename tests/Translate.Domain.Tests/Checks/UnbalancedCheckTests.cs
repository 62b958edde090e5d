using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class UnbalancedCheckTests
{
    private const string Source = "The agency (CNSA) said “we [the agency] agree” and it’s ‘final’.";

    [Theory]
    [InlineData(Language.Fr, "L’agence (CNSA) a dit «\u00A0nous [l’agence] sommes d’accord\u00A0» et c’est ‘définitif’.")]
    [InlineData(Language.De, "Die Behörde (CNSA) sagte „wir [die Behörde] stimmen zu“ und es ist ‚endgültig‘.")]
    [InlineData(Language.De, "Die Behörde (CNSA) sagte »wir [die Behörde] stimmen zu« und es ist ‚endgültig‘.")]
    [InlineData(Language.Lb, "D’Agence (CNSA) sot „mir [d’Agence] sinn d’accord“ an et ass ‚definitiv‘.")]
    [InlineData(Language.Zh, "该机构（CNSA）表示“我们[该机构]同意”，这是「最终」的《决定》。")]
    public void Run_WithEveryMarkClosed_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "L’agence (CNSA a dit «\u00A0nous [l’agence] sommes d’accord\u00A0» et c’est ‘définitif’.", "(")]
    [InlineData(Language.Fr, "L’agence (CNSA) a dit «\u00A0nous [l’agence] sommes d’accord et c’est ‘définitif’.", "«")]
    [InlineData(Language.De, "Die Behörde (CNSA) sagte „wir [die Behörde] stimmen zu und es ist ‚endgültig‘.", "„")]
    [InlineData(Language.De, "Die Behörde (CNSA) sagte „wir [die Behörde stimmen zu“ und es ist ‚endgültig‘.", "[")]
    [InlineData(Language.Lb, "D’Agence (CNSA) sot „mir [d’Agence] sinn d’accord“ an et ass ‚definitiv.", "‚")]
    [InlineData(Language.Lb, "D’Agence CNSA) sot „mir [d’Agence] sinn d’accord“ an et ass ‚definitiv‘.", ")")]
    [InlineData(Language.Zh, "该机构（CNSA表示“我们[该机构]同意”，这是「最终」的决定。", "（")]
    [InlineData(Language.Zh, "该机构（CNSA）表示“我们[该机构]同意”，这是「最终的决定。", "「")]
    [InlineData(Language.Zh, "该机构（CNSA）表示“我们[该机构]同意，这是「最终」的决定。", "“")]
    [InlineData(Language.Zh, "该机构（CNSA）表示“我们[该机构]同意”，这是「最终」的《决定。", "《")]
    public void Run_WithAMarkLeftOpenOrClosedAlone_NamesTheMark(Language language, string target, string mark)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language), f => f.Code == "check.unbalanced");

        Assert.Equal((CheckSeverity.Warning, mark), (finding.Severity, finding.Values["mark"]));
    }

    [Fact]
    public void Run_WithAQuotationSplitAcrossSegments_AcceptsTheSameOpenQuote() =>
        Assert.DoesNotContain("check.unbalanced", Findings.Codes("He said: “We signed.", "Er sagte: „Wir haben unterzeichnet.", Language.De));

    [Fact]
    public void Run_WithApostrophesOnly_FindsNothing() =>
        Assert.Empty(Findings.Of("China’s agency and Luxembourg’s ministry.", "L’agence de la Chine et le ministère d’État.", Language.Fr));
}
