using Microsoft.EntityFrameworkCore;
using Translate.Domain.Releases;

namespace Translate.Data.Tests;

/// <summary>A migrated SQLite file in a folder of its own, deleted with the test.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "translate-tests", Guid.NewGuid().ToString("N"));

    public SqliteDatabase()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "translate.db")};Pooling=False";
        using var db = NewContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public TranslateDbContext NewContext() => new(TranslateDatabase.Options(DatabaseProvider.Sqlite, ConnectionString));

    /// <summary>A whole release, as the application layer loads it.</summary>
    public static Task<Release> LoadReleaseAsync(TranslateDbContext db, Guid id) => db.Releases
        .Include(r => r.Blocks)
        .Include(r => r.Segments)
        .Include(r => r.Languages)
        .Include(r => r.Translations).ThenInclude(t => t.Revisions)
        .AsSplitQuery()
        .SingleAsync(r => r.Id == id);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
