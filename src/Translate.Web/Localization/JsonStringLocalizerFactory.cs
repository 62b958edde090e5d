using Microsoft.Extensions.Localization;

namespace Translate.Web.Localization;

/// <summary>
/// One flat set of keys for the whole app (named by page or component: <c>layout.nav.releases</c>),
/// so every <c>IStringLocalizer&lt;T&gt;</c> reads the same files whatever its T.
/// </summary>
internal sealed class JsonStringLocalizerFactory(LocaleStrings strings) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(strings);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
