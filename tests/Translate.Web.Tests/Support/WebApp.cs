using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Web.Tests.Support;

/// <summary>
/// The real app through its whole HTTP pipeline, on a SQLite file of its own, with the demo off and the
/// cast of <see cref="People"/> as real Identity users (e-mail <c>{id}@test.lu</c>, password <see cref="Password"/>).
/// </summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    public const string Password = "Test-password-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "translate-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = new() { ["Demo:Enabled"] = "false" };

    /// <summary>The app with extra settings (for example the demo on) and no test people.</summary>
    public static WebApp With(params (string Key, string? Value)[] settings)
    {
        var app = new WebApp();
        foreach (var (key, value) in settings)
        {
            app._settings[key] = value;
        }

        return app;
    }

    public static string Email(Actor person) => $"{person.Id}@test.lu";

    public static async Task<WebApp> StartAsync()
    {
        var app = new WebApp();
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var person in new[] { People.Anna, People.Ben, People.Admin, People.Francoise, People.Dieter, People.Lena, People.Luc, People.Zhang, People.Claire })
        {
            await app.AddUserAsync(person);
        }

        return app;
    }

    public TranslateDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContext();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task AddUserAsync(Actor person)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
        var user = new TranslateUser
        {
            Id = person.Id,
            UserName = Email(person),
            Email = Email(person),
            EmailConfirmed = true,
            DisplayName = person.Name,
            WorkingLanguages = [.. person.WorkingLanguages],
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, person.Roles.Select(RoleNames.Name)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Translate", $"Data Source={Path.Combine(_folder, "translate.db")};Pooling=False");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
