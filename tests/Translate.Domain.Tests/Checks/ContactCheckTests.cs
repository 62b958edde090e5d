using Translate.Domain.Checks;
using Translate.Domain.Languages;

namespace Translate.Domain.Tests.Checks;

public class ContactCheckTests
{
    private const string Source = "See SpaceResources.lu and eco.public.lu, or call (+352) 247-84151 or 247-82400.";

    [Theory]
    [InlineData(Language.Fr, "Voir SpaceResources.lu et eco.public.lu, ou appeler le (+352) 247-84151 ou le 247-82400.")]
    [InlineData(Language.Fr, "Voir SpaceResources.lu et eco.public.lu, ou appeler le +352 247 84151 ou le 247-82400.")]
    [InlineData(Language.De, "Siehe SpaceResources.lu und eco.public.lu, oder rufen Sie (+352) 247-84151 oder 247-82400 an.")]
    [InlineData(Language.Lb, "Kuckt SpaceResources.lu an eco.public.lu, oder rufft de (+352) 247 84151 oder 247-82400 un.")]
    [InlineData(Language.Zh, "见SpaceResources.lu和eco.public.lu，或致电(+352) 247-84151或247-82400。")]
    public void Run_WithDomainsAndPhonesKept_FindsNothing(Language language, string target) =>
        Assert.Empty(Findings.Of(Source, target, language));

    [Theory]
    [InlineData(Language.Fr, "Voir spaceresources.lu et eco.public.lu, ou appeler le (+352) 247-84151 ou le 247-82400.", "SpaceResources.lu")]
    [InlineData(Language.De, "Siehe SpaceResources.lu und eco.public.de, oder rufen Sie (+352) 247-84151 oder 247-82400 an.", "eco.public.lu")]
    [InlineData(Language.Lb, "Kuckt SpaceResources an eco.public.lu, oder rufft de (+352) 247-84151 oder 247-82400 un.", "SpaceResources.lu")]
    [InlineData(Language.Zh, "见eco.public.lu，或致电(+352) 247-84151或247-82400。", "SpaceResources.lu")]
    public void Run_WithADomainChangedOrLost_NamesTheSourcesDomain(Language language, string target, string domain)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language));

        Assert.Equal(("check.domain-missing", CheckSeverity.Error, domain), (finding.Code, finding.Severity, finding.Values["domain"]));
    }

    [Theory]
    [InlineData(Language.Fr, "Voir SpaceResources.lu et eco.public.lu, ou appeler le (+352) 247-84115 ou le 247-82400.", "(+352) 247-84151")]
    [InlineData(Language.De, "Siehe SpaceResources.lu und eco.public.lu, oder rufen Sie 247-84151 oder 247-82400 an.", "(+352) 247-84151")]
    [InlineData(Language.Lb, "Kuckt SpaceResources.lu an eco.public.lu, oder rufft de (+352) 247-84151 oder 247-82401 un.", "247-82400")]
    [InlineData(Language.Zh, "见SpaceResources.lu和eco.public.lu，或致电(+352) 247-84151。", "247-82400")]
    public void Run_WithAPhoneDigitChangedOrLost_NamesTheSourcesPhoneOnly(Language language, string target, string phone)
    {
        var finding = Assert.Single(Findings.Of(Source, target, language));

        Assert.Equal(("check.phone-missing", CheckSeverity.Error, phone), (finding.Code, finding.Severity, finding.Values["phone"]));
    }

    [Theory]
    [InlineData("Write to info@eco.public.lu.", "Écrivez à info@eco.public.lu.")]
    [InlineData("Read https://eco.public.lu/news.", "Lisez https://eco.public.lu/news.")]
    [InlineData("From 2017-2018, e.g. 3.5 million.", "De 2017-2018, p. ex. 3,5 millions.")]
    public void Run_WithADomainInsideAnAddressOrNoPhone_LeavesItToTheOtherChecks(string source, string target) =>
        Assert.Empty(Findings.Of(source, target, Language.Fr));

    [Fact]
    public void Run_WithAnAddressChanged_ReportsTheAddressNotItsDomain() =>
        Assert.Equal(["check.email-missing"], Findings.Codes("Write to info@eco.public.lu.", "Écrivez à info@eco.public.de.", Language.Fr));
}
