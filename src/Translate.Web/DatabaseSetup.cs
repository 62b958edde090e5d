using Translate.Data;
using Translate.Web.Accounts;
using Translate.Web.Demo;

namespace Translate.Web;

internal static class DatabaseSetup
{
    public static Task MigrateAsync(IServiceProvider services) => TranslateDatabase.MigrateAsync(services);

    /// <summary>At start: bring the schema up to date, then create the first admin or the demo, if asked and not there yet.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstAdmin>().CreateFromConfigurationAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEnabledAsync();
    }
}
