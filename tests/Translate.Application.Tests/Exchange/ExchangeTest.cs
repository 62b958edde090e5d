using Microsoft.EntityFrameworkCore;
using Translate.Application.Exchange;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Formats.Interchange;

namespace Translate.Application.Tests.Exchange;

/// <summary>Downloads and uploads through <see cref="BilingualExchange"/>, and what the database holds afterwards.</summary>
public abstract class ExchangeTest : ApplicationTest
{
    protected BilingualExchange Exchange => App.Get<BilingualExchange>();

    protected async Task<string> SlugAsync(Guid releaseId) => (await LoadAsync(releaseId)).Slug;

    protected async Task<BilingualDocument> DownloadAsync(Actor person, string slug, Language language, XliffVersion version = XliffVersion.Xliff21)
    {
        var file = await Exchange.DownloadXliffAsync(person.Id, slug, language, version);
        return XliffReader.Read(file.Content, ReaderLimits.Default, Language.En, language);
    }

    protected Task<ExchangeSummary> UploadAsync(Actor person, string slug, Language language, BilingualDocument document,
        XliffVersion version = XliffVersion.Xliff21) =>
        UploadAsync(person, slug, language, InterchangeFiles.Xliff(slug, document, version).Content);

    protected async Task<ExchangeSummary> UploadAsync(Actor person, string slug, Language language, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await Exchange.UploadXliffAsync(person.Id, slug, language, stream, content.Length);
    }

    /// <summary>The document with each unit's target replaced where <paramref name="target"/> gives one.</summary>
    protected static BilingualDocument Fill(BilingualDocument document, Func<BilingualUnit, string?> target) =>
        document with
        {
            Units = [.. document.Units.Select(u => target(u) is { } text ? u with { Target = ReleaseInterchange.Inline(text) } : u)],
        };

    /// <summary>Each segment's text per number, in one language, as stored.</summary>
    protected async Task<Dictionary<int, string>> TextsAsync(Guid releaseId, Language language)
    {
        await using var db = App.NewContext();
        return await db.Translations.AsNoTracking().Where(t => t.ReleaseId == releaseId && t.Language == language)
            .Select(t => new { t.Segment.Number, t.Text })
            .ToDictionaryAsync(t => t.Number, t => t.Text);
    }

    protected async Task<int> RevisionCountAsync(Guid releaseId)
    {
        await using var db = App.NewContext();
        return await db.Revisions.CountAsync(r => db.Translations.Any(t => t.Id == r.TranslationId && t.ReleaseId == releaseId));
    }
}
