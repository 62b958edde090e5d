using Microsoft.EntityFrameworkCore;

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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
