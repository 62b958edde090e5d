using Translate.Application;

namespace Translate.Web.Demo;

internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddTranslateDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DemoOptions>(configuration, DemoOptions.Read);
        services.AddScoped<DemoData>();
        return services;
    }
}
