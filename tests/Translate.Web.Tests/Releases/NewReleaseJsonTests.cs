using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Domain.Documents;
using Translate.Testing;
using Translate.Web.Components.Pages.Releases;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Releases;

/// <summary>The app's own UI strings uploaded as a release's source on the new release page.</summary>
public sealed class NewReleaseJsonTests : ComponentTest
{
    [Fact]
    public async Task Create_FromTheEnglishLocale_KeepsTheJsonFileAndMakesABlockOfEachKey()
    {
        var english = Repository.Locale("en");
        var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(english)!;
        SignInAs(People.Anna);
        var cut = Render<NewReleasePage>();
        cut.Find("#title").Change("Translate UI strings");
        cut.Find("#due-date").Change("2026-12-01");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(english, "en.json"));

        cut.WaitForAssertion(() => Assert.Contains("The source is the uploaded document en.json", cut.Find("[role='status']").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("#source-text"));
        Assert.Contains(cut.FindAll("tbody tr"), row => row.TextContent.Contains("due in <1/>", StringComparison.Ordinal));

        cut.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        // 831 segments created and started in four languages: seconds, not bUnit's default one, on a busy machine.
        cut.WaitForAssertion(() => Assert.EndsWith("/releases/translate-ui-strings", navigation.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await using var db = App.NewContext();
        var release = await db.Releases.Include(r => r.Blocks).SingleAsync(r => r.Slug == "translate-ui-strings");
        Assert.Equal(keys.Count, release.Blocks.Count);
        var kept = await db.SourceDocuments.SingleAsync(d => d.Id == release.SourceDocumentId);
        Assert.Equal(("en.json", SourceFormat.Json), (kept.FileName, kept.Format));
        Assert.Equal(english, kept.Content);
    }
}
