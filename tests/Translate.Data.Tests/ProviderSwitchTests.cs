using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Translate.Data.Tests;

public sealed class ProviderSwitchTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "translate-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Default_IsASqliteFileUnderTheDataFolder_CreatedAndMigratedAtStart()
    {
        await using var services = Services([]);

        await TranslateDatabase.MigrateAsync(services);

        var file = Path.Combine(_contentRoot, "data", "translate.db");
        Assert.True(File.Exists(file));
        await using var db = await services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContextAsync();
        Assert.True(db.Database.IsSqlite());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SqliteConnectionString_FromConfiguration_IsUsed()
    {
        await using var services = Services(new() { ["ConnectionStrings:Translate"] = "Data Source=elsewhere/t.db;Pooling=False" });

        await TranslateDatabase.MigrateAsync(services);

        Assert.True(File.Exists(Path.Combine(_contentRoot, "elsewhere", "t.db")));
    }

    [Fact]
    public async Task SqlServer_FromConfiguration_IsTheProviderWithItsOwnMigrations()
    {
        await using var services = Services(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Translate"] = "Server=db.example;Database=Translate;User Id=t;Password=p",
        });

        await using var db = await services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContextAsync();

        Assert.True(db.Database.IsSqlServer());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void SqlServer_WithoutAConnectionString_FailsAtStartWithTheSettingToFix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new() { ["Database:Provider"] = "SqlServer" }));

        Assert.Contains("ConnectionStrings:Translate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProvider_FailsAtStartNamingTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new() { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("Sqlite or SqlServer", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTranslateDatabase(configuration, _contentRoot).BuildServiceProvider();
    }
}
