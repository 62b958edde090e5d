using Translate.Domain.Languages;
using Translate.Domain.Segmentation;

namespace Translate.Domain.Tests.Segmentation;

/// <summary>Hard cases per language: every case has a sentence end that must break as well as the
/// trap that must not, so a segmenter that never (or always) breaks fails.</summary>
public class SegmenterTests
{
    [Theory]
    [InlineData(Language.En, "It works. It ends here.", "It works.", "It ends here.")]
    [InlineData(Language.En, "Is it true? Yes! It is.", "Is it true?", "Yes!", "It is.")]
    [InlineData(Language.En, "We sell apples, pears, etc. The shop opens at nine.", "We sell apples, pears, etc.", "The shop opens at nine.")]
    [InlineData(Language.En, "The answer was No. The case is closed.", "The answer was No.", "The case is closed.")]
    [InlineData(Language.Fr, "Vraiment ? Oui ! C'est vrai.", "Vraiment ?", "Oui !", "C'est vrai.")]
    [InlineData(Language.Fr, "Vraiment\u00A0? Oui\u202F! Bien.", "Vraiment\u00A0?", "Oui\u202F!", "Bien.")]
    [InlineData(Language.De, "Die Zahl ist 5. Danach kommt 6.", "Die Zahl ist 5.", "Danach kommt 6.")]
    [InlineData(Language.De, "Kommst du? Ja! Gut.", "Kommst du?", "Ja!", "Gut.")]
    [InlineData(Language.Lb, "Kënnt Dir? Jo! Mir kommen.", "Kënnt Dir?", "Jo!", "Mir kommen.")]
    [InlineData(Language.Lb, "Äppel, Bieren asw. De Maart ass op.", "Äppel, Bieren asw.", "De Maart ass op.")]
    public void Split_SentenceEnd_Breaks(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "Dr. Smith met Mr. Jones. They talked.", "Dr. Smith met Mr. Jones.", "They talked.")]
    [InlineData(Language.En, "Use a tool, e.g. Okapi, or a rule, i.e. SRX. Then test.", "Use a tool, e.g. Okapi, or a rule, i.e. SRX.", "Then test.")]
    [InlineData(Language.En, "See No. 5 and Art. 12 of the law. Done.", "See No. 5 and Art. 12 of the law.", "Done.")]
    [InlineData(Language.Fr, "M. Dupont et Mme Martin sont arrivés. Ils parlent.", "M. Dupont et Mme Martin sont arrivés.", "Ils parlent.")]
    [InlineData(Language.Fr, "Des fruits, p. ex. Pommes, env. 5 kg, cf. Art. 3. Fin.", "Des fruits, p. ex. Pommes, env. 5 kg, cf. Art. 3.", "Fin.")]
    [InlineData(Language.De, "Das gilt z. B. für Dr. Müller. Er kommt.", "Das gilt z. B. für Dr. Müller.", "Er kommt.")]
    [InlineData(Language.De, "Betroffen sind u. a. Luxemburg, d. h. Nr. 5 bzw. Nr. 6. Ende.", "Betroffen sind u. a. Luxemburg, d. h. Nr. 5 bzw. Nr. 6.", "Ende.")]
    [InlineData(Language.Lb, "Dat gëllt z. B. fir den Dr. Schmit. Hie kënnt.", "Dat gëllt z. B. fir den Dr. Schmit.", "Hie kënnt.")]
    [InlineData(Language.Lb, "Dat ass bzw. war Nr. 5. Gutt esou.", "Dat ass bzw. war Nr. 5.", "Gutt esou.")]
    public void Split_Abbreviation_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "J. Smith wrote it. R. R. Martin did not.", "J. Smith wrote it.", "R. R. Martin did not.")]
    [InlineData(Language.Fr, "Le livre de J. Dupont est paru. Il plaît.", "Le livre de J. Dupont est paru.", "Il plaît.")]
    public void Split_Initial_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.De, "Luxemburg, 16. Januar 2018 – Es wurde unterzeichnet. Das ist neu.", "Luxemburg, 16. Januar 2018 – Es wurde unterzeichnet.", "Das ist neu.")]
    [InlineData(Language.De, "Die Feier ist am 3. Oktober. Dann ist Pause.", "Die Feier ist am 3. Oktober.", "Dann ist Pause.")]
    [InlineData(Language.De, "Der 2. Platz geht an Luxemburg. Glückwunsch!", "Der 2. Platz geht an Luxemburg.", "Glückwunsch!")]
    [InlineData(Language.Lb, "Lëtzebuerg, de 16. Januar 2018 – De Minister war do. Hien huet geschwat.", "Lëtzebuerg, de 16. Januar 2018 – De Minister war do.", "Hien huet geschwat.")]
    [InlineData(Language.Lb, "Mir treffen eis den 3. Mäerz. Dann ass Vakanz.", "Mir treffen eis den 3. Mäerz.", "Dann ass Vakanz.")]
    public void Split_GermanOrLuxembourgishOrdinal_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "Growth was 3.5 percent and 1.000 units in 2017. Sales rose.", "Growth was 3.5 percent and 1.000 units in 2017.", "Sales rose.")]
    [InlineData(Language.En, "Write to paul.zenners@eco.etat.lu or see www.gouvernement.lu. SpaceResources.lu is next.", "Write to paul.zenners@eco.etat.lu or see www.gouvernement.lu.", "SpaceResources.lu is next.")]
    [InlineData(Language.En, "See https://www.gouvernement.lu/en/news.html?id=3.5 for details. Thanks.", "See https://www.gouvernement.lu/en/news.html?id=3.5 for details.", "Thanks.")]
    [InlineData(Language.Fr, "La croissance est de 3,5 % et 1.000 emplois. Le chiffre monte.", "La croissance est de 3,5 % et 1.000 emplois.", "Le chiffre monte.")]
    [InlineData(Language.De, "Der Umsatz stieg um 3,5 Prozent auf 1.000 Mio. Euro. Das freut uns.", "Der Umsatz stieg um 3,5 Prozent auf 1.000 Mio. Euro.", "Das freut uns.")]
    [InlineData(Language.Lb, "Kuckt op www.gouvernement.lu oder schreift paul.zenners@eco.etat.lu. Merci.", "Kuckt op www.gouvernement.lu oder schreift paul.zenners@eco.etat.lu.", "Merci.")]
    public void Split_NumberAddressOrDomain_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "He waited... and waited… then left. Nobody came.", "He waited... and waited… then left.", "Nobody came.")]
    [InlineData(Language.En, "We sell apples, pears, etc. and more. Come in.", "We sell apples, pears, etc. and more.", "Come in.")]
    [InlineData(Language.Fr, "Il hésite… puis il part. Fin.", "Il hésite… puis il part.", "Fin.")]
    [InlineData(Language.Lb, "Äppel, Bieren asw. ginn verkaf. Dat ass gutt.", "Äppel, Bieren asw. ginn verkaf.", "Dat ass gutt.")]
    public void Split_PeriodOrEllipsisBeforeLowercase_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "He said \"Yes.\" Then he left.", "He said \"Yes.\"", "Then he left.")]
    [InlineData(Language.En, "(This is an aside.) The text goes on.", "(This is an aside.)", "The text goes on.")]
    [InlineData(Language.En, "\"Really?\" she asked. He nodded.", "\"Really?\" she asked.", "He nodded.")]
    [InlineData(Language.En, "She wrote “It is done.” Nobody answered.", "She wrote “It is done.”", "Nobody answered.")]
    [InlineData(Language.Fr, "Il a dit : « Oui. » Puis il est parti.", "Il a dit : « Oui. »", "Puis il est parti.")]
    [InlineData(Language.Fr, "« Vraiment\u00A0?\u00A0» demanda-t-il. Oui.", "« Vraiment\u00A0?\u00A0» demanda-t-il.", "Oui.")]
    [InlineData(Language.De, "Er sagte: „Ja.“ Dann ging er.", "Er sagte: „Ja.“", "Dann ging er.")]
    [InlineData(Language.Lb, "Hie sot: „Jo.“ Dunn ass hie gaang.", "Hie sot: „Jo.“", "Dunn ass hie gaang.")]
    public void Split_ClosingQuoteOrBracket_StaysWithSentence(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData(Language.En, "Note: The rule holds. Always.", "Note: The rule holds.", "Always.")]
    [InlineData(Language.Fr, "Contact presse : Paul Zenners. Merci.", "Contact presse : Paul Zenners.", "Merci.")]
    [InlineData(Language.De, "Pressekontakt: Paul Zenners. Danke.", "Pressekontakt: Paul Zenners.", "Danke.")]
    [InlineData(Language.Zh, "媒体联系人：Paul Zenners。谢谢。", "媒体联系人：Paul Zenners。", "谢谢。")]
    public void Split_Colon_DoesNotBreak(Language language, string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, language));

    [Theory]
    [InlineData("卢森堡经济部今天签署了协议。潜在的合作领域包括技术。", "卢森堡经济部今天签署了协议。", "潜在的合作领域包括技术。")]
    [InlineData("真的吗？是的！我们来了。", "真的吗？", "是的！", "我们来了。")]
    [InlineData("什么？！真的。", "什么？！", "真的。")]
    [InlineData("他说：“我们准备好了。”然后离开了。", "他说：“我们准备好了。”", "然后离开了。")]
    [InlineData("「好。」他说。（这是说明。）下一句。", "「好。」", "他说。", "（这是说明。）", "下一句。")]
    [InlineData("『引文。』结束。", "『引文。』", "结束。")]
    public void Split_ChineseFullWidthMark_BreaksWithNoSpaceAfter(string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, Language.Zh));

    [Theory]
    [InlineData("为实现SpaceResources.lu计划所确定的目标。请访问www.gouvernement.lu了解详情。", "为实现SpaceResources.lu计划所确定的目标。", "请访问www.gouvernement.lu了解详情。")]
    [InlineData("Dr. Smith在卢森堡。He said it. 他是科学家。", "Dr. Smith在卢森堡。", "He said it. 他是科学家。")]
    [InlineData("增长了3.5%，联系paul.zenners@eco.etat.lu。谢谢。", "增长了3.5%，联系paul.zenners@eco.etat.lu。", "谢谢。")]
    public void Split_ChineseWithLatinPeriod_DoesNotBreak(string text, params string[] expected) =>
        Assert.Equal(expected, Segmenter.Split(text, Language.Zh));
}
