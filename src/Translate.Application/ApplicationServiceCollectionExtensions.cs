using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Translate.Application.Assignments;
using Translate.Application.Checks;
using Translate.Application.Editing;
using Translate.Application.Exchange;
using Translate.Application.Exports;
using Translate.Application.Glossaries;
using Translate.Application.Memory;
using Translate.Application.Users;
using Translate.Application.Publishing;
using Translate.Application.Releases;
using Translate.Application.Review;

namespace Translate.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The use cases, for a host to compose on the database it chose (<c>AddTranslateDatabase</c>).</summary>
    public static IServiceCollection AddTranslateApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSettings<UploadOptions>(configuration, UploadOptions.Read);
        services.AddSettings<ReleaseOptions>(configuration, ReleaseOptions.Read);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UploadOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReleaseOptions>>().Value);
        services.AddSingleton<ReleaseOperations>();
        services.AddSingleton<ReleaseService>();
        services.AddSingleton<AssignmentService>();
        services.AddSingleton<TranslationService>();
        services.AddSingleton<EditorQueries>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<PublishingService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<ReleaseQueries>();
        services.AddSingleton<AssignmentQueries>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<BilingualExchange>();
        services.AddSingleton<GlossaryQueries>();
        services.AddSingleton<GlossaryService>();
        services.AddSingleton<MemoryStore>();
        services.AddSingleton<MemoryExchange>();
        services.AddPeople();
        return services;
    }
}
