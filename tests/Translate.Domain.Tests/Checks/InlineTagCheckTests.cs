using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class InlineTagCheckTests
{
    private const string Source = "The <1>Ministry of the Economy</1> signed<2/> today.";

    [Theory]
    [InlineData(Language.Fr, "Le <1>ministère de l'Économie</1> a signé<2/> aujourd'hui.")]
    [InlineData(Language.De, "Das <1>Wirtschaftsministerium</1> hat heute<2/> unterzeichnet.")]
    [InlineData(Language.Lb, "<2/>De <1>Wirtschaftsministère</1> huet haut ënnerschriwwen.")]
    [InlineData(Language.Zh, "<1>经济部</1>今天签署了<2/>。")]
    public void Run_WithEveryTagKeptAndBalanced_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "Le <1>ministère de l'Économie</1> a signé aujourd'hui.", "check.tag-missing", "<2/>")]
    [InlineData(Language.De, "Das Wirtschaftsministerium</1> hat heute<2/> unterzeichnet.", "check.tag-missing", "<1>")]
    [InlineData(Language.Lb, "De <1>Wirtschaftsministère</1> huet<3/> haut<2/> ënnerschriwwen.", "check.tag-extra", "<3/>")]
    [InlineData(Language.Zh, "<1>经济部</1>今天<2/>签署了<2/>。", "check.tag-extra", "<2/>")]
    public void Run_WithATagLostOrAdded_NamesTheTag(Language language, string target, string code, string tag)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language), f => f.Code == code);

        Assert.Equal((CheckSeverity.Error, tag), (finding.Severity, finding.Values["tag"]));
    }

    [Theory]
    [InlineData(Language.Fr, "Le </1>ministère de l'Économie<1> a signé<2/> aujourd'hui.")]
    [InlineData(Language.Zh, "<1>经济部今天签署了<2/>。</1>", false)]
    public void Run_WithTagsCrossedOrOutOfOrder_FindsThemUnbalanced(Language language, string target, bool unbalanced = true) =>
        Assert.Equal(unbalanced, Findings.Codes(Source, target, language).Contains("check.tags-unbalanced"));

    [Fact]
    public void Run_WithNestedTagsClosedInTheWrongOrder_FindsThemUnbalanced() =>
        Assert.Contains("check.tags-unbalanced", Findings.Codes("<1><2>Luxembourg</2></1>", "<1><2>Luxemburg</1></2>", Language.De));
}
