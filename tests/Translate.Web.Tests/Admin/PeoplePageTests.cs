using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Testing;
using Translate.Web.Components.Pages.Admin;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Admin;

public sealed class PeoplePageTests : ComponentTest
{
    [Fact]
    public async Task Open_ListsEveryoneWithRolesLanguagesAndAccountState()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(People.Dieter.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        SignInAs(People.Admin);

        var cut = Render<PeoplePage>();

        cut.WaitForAssertion(() => Assert.Equal(["Claire", "claire@test.lu", "Editor, Translator", "fr", "Active"], Cells(cut, "Claire")));
        Assert.Equal("Active Locked out", Cells(cut, "Dieter")[4]);
        Assert.Contains("9 people with an account", cut.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_APersonWithRolesAndLanguages_ShowsThemInTheTable()
    {
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("table"));

        cut.Find("#new-email").Change("greta@test.lu");
        cut.Find("#new-name").Change("Greta");
        cut.Find("#new-password").Change("Strong-password-9");
        cut.Find("#new-role-editor").Change(true);
        cut.Find("#new-language-de").Change(true);
        cut.Find("#new-language-lb").Change(true);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(["Greta", "greta@test.lu", "Editor, Translator", "de, lb", "Active"], Cells(cut, "Greta")));
        Assert.Equal("Added Greta.", cut.Find("[role='status']").TextContent);
        Assert.Equal("", cut.Find("#new-email").GetAttribute("value"));
    }

    [Theory]
    [InlineData("not an e-mail", "Strong-password-9", "Email 'not an e-mail' is invalid.")]
    [InlineData("greta@test.lu", "short", "Passwords must be at least 10 characters.")]
    public void Add_WithWhatIdentityRefuses_ShowsItsMessageAndAddsNoOne(string email, string password, string message)
    {
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("table"));

        cut.Find("#new-email").Change(email);
        cut.Find("#new-name").Change("Greta");
        cut.Find("#new-password").Change(password);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find("[role='alert']").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(cut.FindAll("tbody th"), th => th.TextContent == "Greta");
    }

    [Fact]
    public async Task Disable_APerson_ShowsThemDisabledAndChangesTheirSecurityStamp()
    {
        var stampBefore = await SecurityStampAsync(People.Lena.Id);
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Disable Lena']"));

        cut.Find("button[aria-label='Disable Lena']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Disabled", Cells(cut, "Lena")[4]));
        Assert.Equal("Disabled Lena.", cut.Find("[role='status']").TextContent);
        Assert.NotEqual(stampBefore, await SecurityStampAsync(People.Lena.Id));

        cut.Find("button[aria-label='Enable Lena']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Active", Cells(cut, "Lena")[4]));
    }

    [Fact]
    public void Disable_Yourself_ShowsTheRefusal()
    {
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Disable Ada Admin']"));

        cut.Find("button[aria-label='Disable Ada Admin']").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "You cannot disable your own account; another admin must do it.", cut.Find("[role='alert']").TextContent.Trim()));
        Assert.Equal("Active", Cells(cut, "Ada Admin")[4]);
    }

    [Fact]
    public void ChangeRolesAndLanguages_OfATranslator_SavesThem()
    {
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Change roles and languages of Luc']"));

        cut.Find("button[aria-label='Change roles and languages of Luc']").Click();
        cut.Find("#edit-role-editor").Change(true);
        cut.Find("#edit-language-fr").Change(true);
        cut.FindAll("button").Single(b => b.TextContent == "Save roles and languages").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Luc", "luc@test.lu", "Editor, Translator", "fr, lb", "Active"], Cells(cut, "Luc")));
        Assert.Empty(cut.FindAll("#edit-heading"));
    }

    [Fact]
    public void ChangeRoles_RemovingYourOwnAdminRole_ShowsTheRefusal()
    {
        SignInAs(People.Admin);
        var cut = Render<PeoplePage>();
        cut.WaitForAssertion(() => cut.Find("button[aria-label='Change roles and languages of Ada Admin']"));

        cut.Find("button[aria-label='Change roles and languages of Ada Admin']").Click();
        cut.Find("#edit-role-admin").Change(false);
        cut.FindAll("button").Single(b => b.TextContent == "Save roles and languages").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "You cannot remove your own Admin role; another admin must do it.", cut.Find("[role='alert']").TextContent.Trim()));
        Assert.Equal("Admin", Cells(cut, "Ada Admin")[2]);
    }

    /// <summary>The cells of the person's row, the name (a row header) first.</summary>
    private static List<string> Cells(IRenderedComponent<PeoplePage> cut, string name) =>
        [.. cut.FindAll("tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent == name)
            .QuerySelectorAll("th, td:not(:last-child)")
            .Select(cell => cell.TextContent.Trim())];

    private async Task<string?> SecurityStampAsync(string userId)
    {
        await using var db = App.NewContext();
        return db.Users.Single(u => u.Id == userId).SecurityStamp;
    }
}
