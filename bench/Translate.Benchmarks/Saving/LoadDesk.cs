using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Translate.Application;
using Translate.Application.Assignments;
using Translate.Application.Editing;
using Translate.Application.Releases;
using Translate.Application.Memory;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Benchmarks.Saving;

/// <summary>
/// The application services as the web app composes them, on a fresh SQLite file (WAL, pooled connections, as the
/// app runs), with an editor, translators in every target language and releases of any number of segments.
/// </summary>
internal sealed class LoadDesk : IAsyncDisposable
{
    public static readonly Language[] Targets = [Language.Fr, Language.De, Language.Lb, Language.Zh];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "translate-load", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private int _releases;

    private LoadDesk()
    {
        _services = new ServiceCollection()
            .AddTranslateDatabase(DatabaseProvider.Sqlite, "Data Source=translate.db", _folder)
            .AddTranslateApplication(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
    }

    public static Actor Editor => People.Anna;

    public ReleaseService Releases => Get<ReleaseService>();

    public AssignmentService Assignments => Get<AssignmentService>();

    public TranslationService Translations => Get<TranslationService>();

    /// <summary>Translator number <paramref name="number"/>, working in the target language it falls on.</summary>
    public static Actor Translator(int number) =>
        People.Translator($"translator-{number}", $"Translator {number}", Targets[number % Targets.Length]);

    public static async Task<LoadDesk> OpenAsync(int translators)
    {
        var desk = new LoadDesk();
        await TranslateDatabase.MigrateAsync(desk._services);
        await using var db = desk.NewContext();
        foreach (var person in Enumerable.Range(0, translators).Select(Translator).Append(Editor))
        {
            db.Users.Add(new TranslateUser
            {
                Id = person.Id,
                UserName = person.Id,
                NormalizedUserName = person.Id.ToUpperInvariant(),
                DisplayName = person.Name,
                WorkingLanguages = [.. person.WorkingLanguages],
            });
            db.UserRoles.AddRange(person.Roles.Select(role => new IdentityUserRole<string> { UserId = person.Id, RoleId = RoleNames.Id(role) }));
        }

        await db.SaveChangesAsync();
        return desk;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public TranslateDbContext NewContext() => Get<IDbContextFactory<TranslateDbContext>>().CreateDbContext();

    /// <summary>A draft of <paramref name="segments"/> segments: the sample's English one-sentence paragraphs, over and over.</summary>
    public async Task<Guid> CreateDraftAsync(int segments)
    {
        var sentences = SampleRelease.Segments.Select(s => s.Text[Language.En])
            .Where(s => PlainTextReader.Read(s, Language.En).SegmentCount == 1).ToList();
        var text = string.Join("\n\n", Enumerable.Range(0, segments).Select(i => sentences[i % sentences.Count]));
        var release = await Releases.CreateAsync(Editor.Id, new NewRelease(
            $"Load {segments} #{++_releases}", Language.En, null, new DateOnly(2027, 1, 16), null, text, null));
        return release.Id;
    }

    /// <summary>The sample's sentences and their French reference translations in the memory, imported as TMX.</summary>
    public async Task RememberSampleAsync()
    {
        var entries = SampleRelease.Segments.Select(s => new TranslationMemoryEntry(
            Language.En, InlineText.Plain(s.Text[Language.En]), Language.Fr, InlineText.Plain(s.Text[Language.Fr]))).ToList();
        using var tmx = new MemoryStream();
        TmxWriter.Write(entries, tmx);
        tmx.Position = 0;
        await Get<MemoryExchange>().ImportTmxAsync(Editor.Id, tmx, tmx.Length);
    }

    /// <summary>The segment ids and word counts of a release, in order.</summary>
    public async Task<IReadOnlyList<Guid>> SegmentsAsync(Guid releaseId)
    {
        await using var db = NewContext();
        return await db.Segments.Where(s => s.ReleaseId == releaseId).OrderBy(s => s.Number).Select(s => s.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
