using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Localization;

/// <summary>Looks keys up in <see cref="LocaleStrings"/> for the current UI culture; arguments format in the current culture.</summary>
internal sealed class JsonStringLocalizer(LocaleStrings strings) : IStringLocalizer
{
    public LocalizedString this[string name] => strings.Find(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        strings.Files[LocaleStrings.SourceLanguage].Keys.Select(key => this[key]);
}
