using Microsoft.EntityFrameworkCore.Design;

namespace Translate.Data.SqlServer;

/// <summary>Lets `dotnet ef` build the SqlServer model for this migrations project without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TranslateDbContext>
{
    public TranslateDbContext CreateDbContext(string[] args) =>
        new(TranslateDatabase.Options(DatabaseProvider.SqlServer, "Server=localhost;Database=Translate;Integrated Security=true;TrustServerCertificate=true"));
}
