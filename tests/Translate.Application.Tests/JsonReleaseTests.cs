using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Exports;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>The app's own UI strings (locales/en.json) translated as a release: one block a key, exported as {lang}.json.</summary>
public class JsonReleaseTests : ApplicationTest
{
    private static readonly byte[] EnglishLocale = Repository.Locale("en");

    private static readonly Dictionary<string, string> EnglishKeys = JsonSerializer.Deserialize<Dictionary<string, string>>(EnglishLocale)!;

    private ExportService Exports => App.Get<ExportService>();

    [Fact]
    public async Task CreateAsync_FromTheEnglishLocale_HasOneBlockPerKeyAndKeepsTheFile()
    {
        var id = await CreateFromEnglishLocaleAsync();

        var release = await LoadAsync(id);
        await using var db = App.NewContext();
        Assert.Equal(EnglishKeys.Count, await db.Releases.Where(r => r.Id == id).SelectMany(r => r.Blocks).CountAsync());
        Assert.Contains(release.Segments, s => s.Text == "due in <1/>");
        Assert.Equal(SourceFormat.Json, (await App.Get<ReleaseQueries>().OverviewAsync(release.Slug))!.SourceDocument!.Format);
    }

    [Fact]
    public async Task ExportAsync_AsJson_InFrench_HasTheSameKeysInOrderAndTheTranslationsWithTheirPlaceholders()
    {
        var id = await CreateFromEnglishLocaleAsync();
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        await Assignments.AssignAllAsync(People.Anna.Id, id, Language.Fr, Steps.TranslatorOf[Language.Fr].Id);
        var release = await LoadAsync(id);
        var dueIn = release.Segments.Single(s => s.Text == "due in <1/>");
        await SaveAsync(id, dueIn.Number, Language.Fr, "échéance dans <1/>");

        var french = await Exports.ExportAsync(People.Anna.Id, release.Slug, Language.Fr, SourceFormat.Json, preview: true);

        Assert.Equal(($"{release.Slug}-fr-preview.json", "application/json"), (french.FileName, french.ContentType));
        var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(french.Content)!;
        Assert.Equal(EnglishKeys.Keys, keys.Keys);
        Assert.Equal("échéance dans {0}", keys["shared.human.due-in"]);
        Assert.Contains(SourceFormat.Json, ExportService.FormatsOf(SourceFormat.Json));
    }

    private async Task<Guid> CreateFromEnglishLocaleAsync() =>
        (await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Translate's own UI", Language.En, null, new DateOnly(2026, 12, 1), null, "", new SourceFile("en.json", SourceFormat.Json, EnglishLocale)))).Id;
}
