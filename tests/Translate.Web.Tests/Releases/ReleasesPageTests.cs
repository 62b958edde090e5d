using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Releases;

public class ReleasesPageTests : ComponentTest
{
    [Fact]
    public async Task List_ShowsEachReleaseWithStatusDueDateAndLanguageProgress()
    {
        var (id, _) = await App.AssignedSampleAsync();
        await App.ApproveAsync(id, Language.Fr);
        SignInAs(People.Anna);

        var cut = Render<ReleasesPage>();

        cut.WaitForAssertion(() => Assert.Contains(SampleRelease.Title, cut.Find("table.releases").TextContent, StringComparison.Ordinal));
        var row = cut.Find("table.releases tbody tr");
        Assert.Contains("In translation", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("16/16 translated, 16 approved", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[aria-label='fr: 16 of 16 segments translated, 16 approved']"));
        Assert.NotNull(cut.Find("[aria-label='zh: 0 of 16 segments translated, 0 approved']"));
        Assert.Contains("New release", cut.Find("a.button").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusFilter_FromTheAddress_ShowsOnlyThatStatus()
    {
        await App.AssignedSampleAsync();
        await App.Get<ReleaseService>().CreateAsync(People.Anna.Id, new NewRelease("A draft", Language.De, null, new DateOnly(2026, 12, 5), null, "Ein Satz."));
        SignInAs(People.Anna);
        Services.GetRequiredService<NavigationManager>().NavigateTo("releases?status=Draft");

        var cut = Render<ReleasesPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("table.releases tbody tr")));
        Assert.Contains("A draft", cut.Find("table.releases").TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", cut.Find("select#status-filter").GetAttribute("value"));
    }

    [Fact]
    public async Task ChangingTheLanguageFilter_PutsItInTheAddress()
    {
        await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        Services.GetRequiredService<NavigationManager>().NavigateTo("releases?status=InTranslation");
        var cut = Render<ReleasesPage>();

        cut.Find("select#language-filter").Change("zh");

        Assert.EndsWith("releases?status=InTranslation&language=zh", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATranslator_SeesMyWorkAndNoNewReleaseButton()
    {
        await App.AssignedSampleAsync();
        SignInAs(People.Zhang);

        var cut = Render<ReleasesPage>();

        cut.WaitForAssertion(() => Assert.Contains("My work", cut.Markup, StringComparison.Ordinal));
        var link = cut.Find("section[aria-labelledby='my-work'] a");
        Assert.EndsWith("/translate/zh", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("16 of 16 segments", cut.Find("section[aria-labelledby='my-work']").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("a.button.primary"));
    }
}
