using Microsoft.Data.Sqlite;
using Translate.Data;

namespace Translate.Testing;

/// <summary>
/// A SQLite file of one test's own (or one fixture's), in a folder deleted with it. It starts as a copy of a template
/// made once per test run: copying a file costs a fraction of running the migrations and creating the cast again.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>
    /// In memory where the machine offers it: a test's commits then wait for no disk, where each one cost several
    /// fsyncs and a workflow test hundreds of commits.
    /// </summary>
    private static readonly string Root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "translate-tests");

    private TestDatabase()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Root, Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(Folder, "translate.db");

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>A folder with no database in it yet, for a host that creates and migrates its own at start.</summary>
    public static TestDatabase New() => new();

    /// <summary>Migrated to the newest migration, with nobody in it.</summary>
    public static TestDatabase Migrated() => DatabaseTemplates.Migrated.Value.Copy();

    /// <summary>Migrated, with the cast of <see cref="People"/> as Identity users (see <see cref="UserAccounts"/>).</summary>
    public static async Task<TestDatabase> WithCastAsync() => (await DatabaseTemplates.Cast.Value).Copy();

    public TranslateDbContext NewContext() => new(TranslateDatabase.Options(DatabaseProvider.Sqlite, ConnectionString));

    public void Dispose()
    {
        Close();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    internal TestDatabase Copy()
    {
        var copy = new TestDatabase();
        File.Copy(FilePath, copy.FilePath);
        return copy;
    }

    /// <summary>
    /// Closes the pooled connections: the last one to close writes what the write-ahead log holds into the file, so the
    /// file is whole to copy, and nothing holds it when it is deleted.
    /// </summary>
    internal void Close()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
