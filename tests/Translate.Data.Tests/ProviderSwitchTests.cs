using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Translate.Data.Tests;

public sealed class ProviderSwitchTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "translate-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Default_IsASqliteFileUnderTheDataFolder_CreatedAndMigratedAtStart()
    {
        await using var services = Services(DatabaseProvider.Sqlite, null);

        await TranslateDatabase.MigrateAsync(services);

        var file = Path.Combine(_contentRoot, "data", "translate.db");
        Assert.True(File.Exists(file));
        await using var db = await services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContextAsync();
        Assert.True(db.Database.IsSqlite());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SqliteConnectionString_IsUsed_WithItsFileUnderTheContentRoot()
    {
        await using var services = Services(DatabaseProvider.Sqlite, "Data Source=elsewhere/t.db;Pooling=False");

        await TranslateDatabase.MigrateAsync(services);

        Assert.True(File.Exists(Path.Combine(_contentRoot, "elsewhere", "t.db")));
    }

    [Fact]
    public async Task SqlServer_IsTheProviderWithItsOwnMigrations()
    {
        await using var services = Services(DatabaseProvider.SqlServer, "Server=db.example;Database=Translate;User Id=t;Password=p");

        await using var db = await services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContextAsync();

        Assert.True(db.Database.IsSqlServer());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=t.db;Pooling=False")]
    [InlineData(DatabaseProvider.SqlServer, "Server=db.example;Database=Translate;User Id=t;Password=p")]
    public void ConnectionString_ThatItsProviderReads_HasNoProblem(DatabaseProvider provider, string connectionString) =>
        Assert.Null(TranslateDatabase.ConnectionStringProblem(provider, connectionString));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Server=db.example;Database=Translate")]
    [InlineData(DatabaseProvider.SqlServer, "Data Source=db.example;Colour=blue")]
    [InlineData(DatabaseProvider.Sqlite, "no equals sign")]
    public void ConnectionString_ThatItsProviderCannotRead_IsAProblemInTheProvidersWords(DatabaseProvider provider, string connectionString) =>
        Assert.NotNull(TranslateDatabase.ConnectionStringProblem(provider, connectionString));

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceProvider Services(DatabaseProvider provider, string? connectionString) =>
        new ServiceCollection().AddTranslateDatabase(provider, connectionString, _contentRoot).BuildServiceProvider();
}
