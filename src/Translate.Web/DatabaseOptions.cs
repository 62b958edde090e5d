using Translate.Application;
using Translate.Data;

namespace Translate.Web;

/// <summary>
/// "Database:Provider" and "ConnectionStrings:Translate": the database this host runs on. They are read before the host
/// is built, since the database is registered with them, and a wrong one stops the app as any wrong setting does.
/// </summary>
internal sealed class DatabaseOptions
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:Translate";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Null for SQLite's default file, <see cref="TranslateDatabase.DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is wrong.</exception>
    public static DatabaseOptions From(IConfiguration configuration) => SettingsReader.Read(configuration, new DatabaseOptions(), Read);

    // The connection string is never quoted back: it may hold a password.
    private static void Read(SettingsReader settings, DatabaseOptions options)
    {
        options.Provider = settings.OneOf(ProviderKey, options.Provider);
        options.ConnectionString = settings.Text(ConnectionStringKey);
        if (options.ConnectionString is null)
        {
            if (options.Provider == DatabaseProvider.SqlServer)
            {
                settings.Refuse($"{ConnectionStringKey} must name the server and database when {ProviderKey} is SqlServer.");
            }
        }
        else if (TranslateDatabase.ConnectionStringProblem(options.Provider, options.ConnectionString) is { } problem)
        {
            settings.Refuse($"{ConnectionStringKey} is not a {options.Provider} connection string: {problem}");
        }
    }
}
