using Bunit;
using Translate.Testing;
using Translate.Web.Components.Pages.Admin;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>What Identity refuses when an admin adds a person (a weak password, a bad or taken e-mail), in the admin's language.</summary>
public sealed class IdentityErrorsCultureTests : ComponentTest
{
    [Theory]
    [InlineData("fr", "greta@test.lu", "short", "Le mot de passe doit comporter au moins 10 caractères.")]
    [InlineData("lb", "not an e-mail", "Strong-password-9", "D’E-Mail-Adress „not an e-mail“ ass net gëlteg.")]
    [InlineData("zh-Hans", "lena@test.lu", "Strong-password-9", "电子邮件地址“lena@test.lu”已被使用。")]
    public void Add_WithWhatIdentityRefuses_ShowsItsMessageInTheUiLanguage(string culture, string email, string password, string message)
    {
        SignInAs(People.Admin);
        using var _ = new UiCulture(culture);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("table"));

        cut.Find("#new-email").Change(email);
        cut.Find("#new-name").Change("Greta");
        cut.Find("#new-password").Change(password);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
    }
}
