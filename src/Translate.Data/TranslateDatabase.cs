using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Translate.Data;

/// <summary>
/// The provider switch: <c>Database:Provider</c> (Sqlite | SqlServer) and <c>ConnectionStrings:Translate</c>.
/// Each provider has its own migrations assembly, so both histories stay exact for their engine.
/// </summary>
public static class TranslateDatabase
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Translate";
    public const string DefaultSqliteConnectionString = "Data Source=data/translate.db";

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Translate.Data.Sqlite",
        DatabaseProvider.SqlServer => "Translate.Data.SqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Registers a <see cref="TranslateDbContext"/> factory; components and services make a context per operation.</summary>
    public static IServiceCollection AddTranslateDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFileUnder(contentRoot, connectionString ?? DefaultSqliteConnectionString);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Database:Provider is SqlServer, so ConnectionStrings:{ConnectionStringName} must name the server and database.");
        }

        services.AddDbContextFactory<TranslateDbContext>(options => Configure(options, provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    public static DbContextOptions<TranslateDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TranslateDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>Brings the database to the newest migration; a new SQLite file and its folder are created.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<TranslateDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}'; use Sqlite or SqlServer.");
    }

    /// <summary>A relative SQLite file lives under the content root, in a folder made for it.</summary>
    private static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
