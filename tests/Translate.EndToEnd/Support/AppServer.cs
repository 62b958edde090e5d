using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.EndToEnd.Support;

/// <summary>
/// The real app on a real loopback port (Kestrel, not the in-memory test server: a browser needs a socket),
/// on a SQLite file of its own, with the demo off and the cast of <see cref="People"/> as real Identity users.
/// </summary>
public class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-password-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "translate-e2e", Guid.NewGuid().ToString("N"));

    public AppServer() => UseKestrel(0);

    /// <summary>Where the browser reaches the app, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public static string Email(Actor person) => $"{person.Id}@test.lu";

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.Replace("//localhost:", "//127.0.0.1:", StringComparison.Ordinal).TrimEnd('/') + "/");
        foreach (var person in new[] { People.Anna, People.Ben, People.Admin, People.Francoise, People.Dieter, People.Lena, People.Luc, People.Zhang, People.Claire })
        {
            await AddUserAsync(person);
        }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task AddUserAsync(Actor person)
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
        builder.UseSetting("Demo:Enabled", "false");
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
