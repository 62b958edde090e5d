using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Translate.Data;

/// <summary>
/// The provider switch: SQLite or SQL Server, as the host chooses. Each provider has its own migrations assembly, so
/// both histories stay exact for their engine; the host references the one it may run on.
/// </summary>
public static class TranslateDatabase
{
    public const string DefaultSqliteConnectionString = "Data Source=data/translate.db";

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Translate.Data.Sqlite",
        DatabaseProvider.SqlServer => "Translate.Data.SqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// Registers a <see cref="TranslateDbContext"/> factory; components and services make a context per operation.
    /// Without a connection string, SQLite uses <see cref="DefaultSqliteConnectionString"/>; a relative SQLite file
    /// lives under <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddTranslateDatabase(this IServiceCollection services, DatabaseProvider provider, string? connectionString, string contentRoot)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFileUnder(contentRoot, connectionString ?? DefaultSqliteConnectionString);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<TranslateDbContext>(options => Configure(options, provider, connectionString));
        return services;
    }

    /// <summary>Why the provider cannot read <paramref name="connectionString"/>, in its words; null when it can.</summary>
    public static string? ConnectionStringProblem(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                _ = new SqlConnectionStringBuilder(connectionString);
            }
            else
            {
                _ = new SqliteConnectionStringBuilder(connectionString);
            }

            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
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
