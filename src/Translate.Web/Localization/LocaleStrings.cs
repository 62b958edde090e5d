using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Localization;

/// <summary>
/// The UI strings of <c>locales/*.json</c>, one flat key → composite-format object per language, read once at start.
/// English is the source: a key missing in another language falls back to English.
/// </summary>
public sealed class LocaleStrings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files)
{
    public const string SourceLanguage = "en";

    /// <summary>The files by language code (en, fr, de, lb, zh).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Files { get; } = files;

    public static LocaleStrings Load(string folder)
    {
        var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            using var stream = File.OpenRead(path);
            files[Path.GetFileNameWithoutExtension(path)] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidDataException($"{path} holds no strings.");
        }

        if (!files.ContainsKey(SourceLanguage))
        {
            throw new InvalidOperationException($"{Path.Combine(folder, SourceLanguage + ".json")} is missing: English is the source of every UI string.");
        }

        return new LocaleStrings(files);
    }

    /// <summary>
    /// The string for the culture (or its parents: lb-LU reads lb.json, zh-Hans reads zh.json), else English.
    /// A key missing in English is a programming error: the key comes back marked, with ResourceNotFound set.
    /// </summary>
    public LocalizedString Find(string key, CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (Files.TryGetValue(c.Name, out var file) && file.TryGetValue(key, out var value))
            {
                return new LocalizedString(key, value, resourceNotFound: false, searchedLocation: c.Name + ".json");
            }
        }

        return Files[SourceLanguage].TryGetValue(key, out var english)
            ? new LocalizedString(key, english, resourceNotFound: false, searchedLocation: SourceLanguage + ".json")
            : new LocalizedString(key, $"[{key}]", resourceNotFound: true, searchedLocation: SourceLanguage + ".json");
    }
}
