using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;

namespace Translate.Testing;

/// <summary>The databases the tests start from, each made once per test run, on first use, and deleted when the run ends.</summary>
internal static class DatabaseTemplates
{
    public static readonly Lazy<TestDatabase> Migrated = new(() => Template(Migrate(TestDatabase.New())));

    public static readonly Lazy<Task<TestDatabase>> Cast = new(async () => Template(await AddCastAsync(Migrated.Value.Copy())));

    private static TestDatabase Migrate(TestDatabase database)
    {
        using var db = database.NewContext();
        db.Database.Migrate();
        return database;
    }

    /// <summary>The cast as Identity writes them, through its own user manager (with the tests' hashing).</summary>
    private static async Task<TestDatabase> AddCastAsync(TestDatabase database)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<TranslateDbContext>(options => TranslateDatabase.Configure(options, DatabaseProvider.Sqlite, database.ConnectionString))
            .UseCheapPasswordHashing();
        services.AddIdentityCore<TranslateUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<TranslateDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
        foreach (var person in People.Cast)
        {
            await UserAccounts.AddAsync(users, person);
        }

        return database;
    }

    /// <summary>Closed, so that its file is whole to copy, and deleted when the run ends.</summary>
    private static TestDatabase Template(TestDatabase database)
    {
        database.Close();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return database;
    }
}
