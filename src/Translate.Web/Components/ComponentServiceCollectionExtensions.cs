namespace Translate.Web.Components;

internal static class ComponentServiceCollectionExtensions
{
    /// <summary>Services the pages use beyond the application layer.</summary>
    public static IServiceCollection AddTranslateComponents(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        return services;
    }
}
