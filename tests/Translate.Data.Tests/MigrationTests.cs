using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Translate.Testing;

namespace Translate.Data.Tests;

public class MigrationTests
{
    // No server is contacted: the model, migrations and scripts are built offline.
    private const string SqlServerConnection = "Server=localhost;Database=Translate;Integrated Security=true;TrustServerCertificate=true";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.SqlServer, SqlServerConnection)]
    public void Migrations_OfEachProvider_MatchTheModel(DatabaseProvider provider, string connectionString)
    {
        using var db = new TranslateDbContext(TranslateDatabase.Options(provider, connectionString));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration covers: add a migration.");
    }

    [Fact]
    public void SqlServerScript_FromTheRealMigrations_IsIdempotent()
    {
        using var db = new TranslateDbContext(TranslateDatabase.Options(DatabaseProvider.SqlServer, SqlServerConnection));

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Translations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Releases_Slug]", script, StringComparison.Ordinal);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains(migration, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Migrate_ANewSqliteFile_LeavesNothingPending()
    {
        using var database = TestDatabase.New();
        using var db = database.NewContext();

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
    }
}
