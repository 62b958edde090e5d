namespace Translate.Data;

/// <summary>The database engines Translate runs on: SQLite embedded by default, SQL Server in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
