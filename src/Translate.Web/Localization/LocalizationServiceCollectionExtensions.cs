using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Localization;

internal static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// The UI strings of <c>locales/</c> (copied beside the app) behind the standard <see cref="IStringLocalizer{T}"/>,
    /// and the culture of each request: the signed-in person's profile, then the culture cookie, then Accept-Language, then English.
    /// </summary>
    public static IServiceCollection AddTranslateLocalization(this IServiceCollection services)
    {
        services.AddSingleton(_ => LocaleStrings.Load(Path.Combine(AppContext.BaseDirectory, "locales")));
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();

        // Pages are UTF-8: write 中文 and ë as they are, not as character references six times their size.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UiCultures.Default);
            options.SupportedCultures = [.. UiCultures.All];
            options.SupportedUICultures = [.. UiCultures.All];
            options.RequestCultureProviders =
            [
                new ProfileCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
