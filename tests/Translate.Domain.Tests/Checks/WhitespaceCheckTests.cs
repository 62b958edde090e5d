using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class WhitespaceCheckTests
{
    [Theory]
    [InlineData(Language.Fr, " Contact presse", "check.leading-space")]
    [InlineData(Language.De, "Pressekontakt ", "check.trailing-space")]
    [InlineData(Language.Lb, "Press\u00A0kontakt\u00A0", "check.trailing-space")]
    [InlineData(Language.De, "Kontakt für  Medien", "check.double-space")]
    [InlineData(Language.Zh, "媒体联系人  CNSA", "check.double-space")]
    public void Run_WithStraySpaces_Warns(Language language, string target, string code) =>
        Assert.Equal([code], Findings.Codes("Media contact", target, language));

    [Theory]
    [InlineData(Language.Fr, "Contact presse")]
    [InlineData(Language.De, "Kontakt für Medien")]
    [InlineData(Language.Lb, "Pressekontakt")]
    [InlineData(Language.Zh, "媒体联系人")]
    public void Run_WithTidySpaces_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of("Media contact", target, language));

    [Fact]
    public void Run_WithTheSourcesOwnDoubleSpace_AcceptsIt() =>
        Assert.Empty(Findings.Of("Media  contact", "Contact  presse", Language.Fr));
}
