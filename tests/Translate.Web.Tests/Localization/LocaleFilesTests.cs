using System.Text.Json;
using System.Text.RegularExpressions;
using Translate.Web.Components.Shared;
using Translate.Testing;

namespace Translate.Web.Tests.Localization;

/// <summary>The files of locales/ against each other (same keys, same placeholders) and against the code that reads them.</summary>
public sealed partial class LocaleFilesTests
{
    private static readonly string Root = Repository.Root;
    private static readonly IReadOnlyDictionary<string, string> English = Read("en");

    public static TheoryData<string> Translations => new() { "fr", "de", "lb", "zh" };

    [Fact]
    public void Locales_AreTheFiveLanguages()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "locales"), "*.json").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(["de", "en", "fr", "lb", "zh"], files);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HoldsEveryEnglishKeyAndNoOther(string language)
    {
        var keys = Read(language).Keys.ToHashSet();

        var missing = English.Keys.Where(k => !keys.Contains(k)).ToList();
        var extra = keys.Where(k => !English.ContainsKey(k)).ToList();

        Assert.Empty(missing);
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_UsesTheEnglishPlaceholders(string language)
    {
        var mismatched = Read(language)
            .Where(t => !Placeholders(t.Value).SequenceEqual(Placeholders(English[t.Key])))
            .Select(t => $"{t.Key}: \"{t.Value}\"");

        Assert.Empty(mismatched);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_IsNeverTheKeyOrEmpty(string language)
    {
        var blank = Read(language).Where(t => string.IsNullOrWhiteSpace(t.Value) || t.Value == t.Key).Select(t => t.Key).ToList();

        Assert.Empty(blank);
    }

    [Fact]
    public void Placeholders_AreTheNumbersInBracesAndNotEscapedBraces()
    {
        Assert.Equal([0, 1], Placeholders("{1} of {0:N0} {{2}}"));
    }

    /// <summary>
    /// A refusal's sentence is used when some rule gives its code (the key is <c>refusal.{code}</c>), and a refused
    /// file's when some format check gives its code (<c>file-problem.{code}</c>); a check finding's sentence is keyed
    /// by the finding's code itself (<c>check.{name}</c>), which a check names.
    /// </summary>
    [Fact]
    public void EveryEnglishKey_IsUsedByTheWebApp()
    {
        var code = string.Join('\n', SourceFiles().Select(File.ReadAllText));
        var rules = string.Join('\n', SourceFiles("Translate.Domain", "Translate.Application", "Translate.Web").Select(File.ReadAllText));
        var formats = string.Join('\n', SourceFiles("Translate.Formats").Select(File.ReadAllText));

        var unused = English.Keys
            .Where(k => k.StartsWith(RefusalText.KeyPrefix, StringComparison.Ordinal)
                ? !rules.Contains($"\"{k[RefusalText.KeyPrefix.Length..]}\"", StringComparison.Ordinal)
                : !code.Contains($"\"{k}\"", StringComparison.Ordinal)
                    && !(k.StartsWith(FileRefusalText.KeyPrefix, StringComparison.Ordinal)
                        && formats.Contains($"\"{k[FileRefusalText.KeyPrefix.Length..]}\"", StringComparison.Ordinal))
                    && !(k.StartsWith(CheckText.KeyPrefix, StringComparison.Ordinal) && rules.Contains($"\"{k}\"", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void EveryKeyTheWebAppAsksFor_IsInEnglish()
    {
        var asked = SourceFiles()
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        var unknown = asked.Where(a => !English.ContainsKey(a.Key)).ToList();

        Assert.NotEmpty(asked);
        Assert.Empty(unknown);
    }

    private static IReadOnlyList<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];

    private static IEnumerable<string> SourceFiles(params string[] projects) =>
        (projects.Length == 0 ? ["Translate.Web"] : projects)
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Root, "src", project), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static Dictionary<string, string> Read(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Root, "locales", language + ".json")))!;


    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>A localizer lookup (<c>L["key"</c>) or a validation message key (<c>ErrorMessage = "key"</c>).</summary>
    [GeneratedRegex("""(?:\bL\[|ErrorMessage\s*=\s*)"(?<key>[^"]+)"?""")]
    private static partial Regex KeyUse();
}
