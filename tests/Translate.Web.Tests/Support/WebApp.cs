using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Web.Tests.Support;

/// <summary>
/// The real app through its whole HTTP pipeline, on a SQLite file of its own, with the demo off and the
/// cast of <see cref="People"/> as real Identity users (see <see cref="UserAccounts"/>).
/// </summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings = new() { ["Demo:Enabled"] = "false" };

    private WebApp(TestDatabase database) => _database = database;

    /// <summary>The app with extra settings (for example the demo on) on a new database, which it migrates at start, with no test people.</summary>
    public static WebApp With(params (string Key, string? Value)[] settings)
    {
        var app = new WebApp(TestDatabase.New());
        foreach (var (key, value) in settings)
        {
            app._settings[key] = value;
        }

        return app;
    }

    public static async Task<WebApp> StartAsync()
    {
        var app = new WebApp(await TestDatabase.WithCastAsync());
        _ = app.Server;
        return app;
    }

    public TranslateDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContext();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task AddUserAsync(Actor person)
    {
        await using var scope = Services.CreateAsyncScope();
        await UserAccounts.AddAsync(scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>(), person);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Translate", _database.ConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.UseCheapPasswordHashing());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
