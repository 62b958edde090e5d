using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Testing;

namespace Translate.Domain.Tests.Segmentation;

public class TextCounterTests
{
    [Theory]
    [InlineData(Language.En, "", 0)]
    [InlineData(Language.En, "–", 0)]
    [InlineData(Language.En, "(+352)", 1)]
    [InlineData(Language.En, "247-74126", 1)]
    [InlineData(Language.En, "paul.zenners@eco.etat.lu", 1)]
    [InlineData(Language.Fr, "l'exploration", 1)]
    [InlineData(Language.En, "China's gateway to space science.", 5)]
    [InlineData(Language.En, "Luxembourg, January 16, 2018 – The Ministry", 6)]
    [InlineData(Language.En, "Phone: (+352) 247-74126", 3)]
    [InlineData(Language.En, "Mobile: (+352) 621 409 141", 5)]
    [InlineData(Language.Fr, "dans l'exploration et l'utilisation de l'espace", 6)]
    [InlineData(Language.Fr, "Contact presse :", 2)]
    [InlineData(Language.Fr, "une croissance de 3,5 % aujourd'hui", 5)]
    [InlineData(Language.Fr, "« extra-atmosphérique »", 1)]
    [InlineData(Language.De, "Luxemburg, 16. Januar 2018 – Das Wirtschaftsministerium", 6)]
    [InlineData(Language.De, "z. B. 3,5 Prozent", 4)]
    [InlineData(Language.De, "Er sagte: „Ja.“", 3)]
    [InlineData(Language.Lb, "d'Entwécklung an d'Ëmsetzung", 3)]
    [InlineData(Language.Lb, "Lëtzebuerg, de 16. Januar 2018 –", 5)]
    [InlineData(Language.Lb, "Telefon: (+352) 247-74126", 3)]
    [InlineData(Language.Zh, "为实现SpaceResources.lu计划", 6)]
    [InlineData(Language.Zh, "艾蒂安·施耐德（Étienne Schneider）", 8)]
    [InlineData(Language.Zh, "在卢森堡雇用至少5名员工。", 12)]
    [InlineData(Language.Zh, "2018年1月16日——", 6)]
    [InlineData(Language.Zh, "，。！？：（）", 0)]
    public void Count_Text_CountsWordsOrChineseCharacters(Language language, string text, int expected) =>
        Assert.Equal(expected, TextCounter.Count(text, language));

    [Theory]
    [InlineData("en", 2)]
    [InlineData("fr", 2)]
    [InlineData("de", 2)]
    [InlineData("lb", 2)]
    [InlineData("zh", 5)]
    public void Count_SampleEmailSegment_CountsTheAddressOnce(string code, int expected) =>
        Assert.Equal(expected, TextCounter.Count(SampleRelease.Segments[13].Text[LanguageCodes.Parse(code)], LanguageCodes.Parse(code)));

    [Theory]
    [InlineData(Language.Fr, 1)]
    [InlineData(Language.Zh, 2)]
    public void Count_ChineseWord_IsOneWordOutsideChineseAndCharactersInIt(Language language, int expected) =>
        Assert.Equal(expected, TextCounter.Count("中国", language));
}
