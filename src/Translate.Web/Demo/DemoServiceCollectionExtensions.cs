namespace Translate.Web.Demo;

internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddTranslateDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        services.AddScoped<DemoData>();
        return services;
    }
}
