using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Translate.Testing;

namespace Translate.EndToEnd.Support;

/// <summary>
/// The real app on a real loopback port (Kestrel, not the in-memory test server: a browser needs a socket),
/// on a SQLite file of its own, with the demo off and the cast of <see cref="People"/> as real Identity users
/// (see <see cref="UserAccounts"/>).
/// </summary>
public class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public AppServer() => UseKestrel(0);

    /// <summary>Where the browser reaches the app, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.WithCastAsync();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.Replace("//localhost:", "//127.0.0.1:", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Translate", _database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureTestServices(services => services.UseCheapPasswordHashing());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
        }
    }
}
