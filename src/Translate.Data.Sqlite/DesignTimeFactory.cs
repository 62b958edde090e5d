using Microsoft.EntityFrameworkCore.Design;

namespace Translate.Data.Sqlite;

/// <summary>Lets `dotnet ef` build the Sqlite model for this migrations project without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TranslateDbContext>
{
    public TranslateDbContext CreateDbContext(string[] args) =>
        new(TranslateDatabase.Options(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
