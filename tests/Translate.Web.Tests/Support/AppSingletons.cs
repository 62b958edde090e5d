using Microsoft.Extensions.DependencyInjection;

namespace Translate.Web.Tests.Support;

/// <summary>
/// Lends components under test the app's singletons (application services, queries, clock, options) and nothing
/// scoped: bUnit brings its own renderer, navigation and authentication services.
/// </summary>
internal sealed class AppSingletons(WebApp app) : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        var key = serviceType.IsGenericType ? serviceType.GetGenericTypeDefinition() : serviceType;
        var descriptor = app.Registrations.LastOrDefault(d => d.ServiceType == serviceType || d.ServiceType == key);
        return descriptor?.Lifetime == ServiceLifetime.Singleton ? app.Services.GetService(serviceType) : null;
    }
}
