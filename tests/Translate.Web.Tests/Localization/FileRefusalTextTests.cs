using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Xml;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats;
using Translate.Formats.Glossaries;
using Translate.Formats.Interchange;
using Translate.Web.Components.Shared;
using Translate.Web.Localization;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>
/// Every reason a file is refused, made through its catalogue with sample values, read in each UI language:
/// a sentence of <c>locales/</c> exists for its code, and it names the values the refusal carries.
/// </summary>
public sealed class FileRefusalTextTests
{
    private static readonly LocaleStrings Strings = AppLocales.Strings;
    private static readonly JsonStringLocalizer L = AppLocales.Localizer;

    [Theory]
    [MemberData(nameof(AppLocales.Cultures), MemberType = typeof(AppLocales))]
    public void EveryFileProblem_HasASentenceInTheUiLanguage_NamingItsValues(string culture)
    {
        using var _ = new UiCulture(culture);
        var problems = new List<string>();

        foreach (var refused in Catalogue())
        {
            var problem = ProblemOf(refused);
            var text = FileRefusalText.Of(refused, L);
            var found = Strings.Find(FileRefusalText.KeyPrefix + problem.Code, CultureInfo.CurrentUICulture);
            if (found.ResourceNotFound || !found.SearchedLocation!.StartsWith(AppLocales.FileOf(culture), StringComparison.Ordinal))
            {
                problems.Add($"{problem.Code}: no sentence in {AppLocales.FileOf(culture)}");
                continue;
            }

            problems.AddRange(problem.Values.Values.Select(Shown).Where(v => v is not null && !text.Contains(v, StringComparison.Ordinal))
                .Select(v => $"{problem.Code}: \"{text}\" does not name {v}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Catalogues_GiveSomeFortyCodes()
    {
        var codes = Catalogue().Select(r => ProblemOf(r).Code).Distinct().ToList();

        Assert.InRange(codes.Count, 30, 60);
    }

    [Fact]
    public void WrongKind_InChinese_WordsBothKindsInChinese()
    {
        using var _ = new UiCulture("zh-Hans");

        Assert.Equal("该文件实际上是PDF 文档，而不是文件名所示的Word 文档。",
            FileRefusalText.Of(DocumentProblems.PdfNotWord(), L));
    }

    [Fact]
    public void TooLarge_InGerman_ShowsTheLimitAsASize()
    {
        using var _ = new UiCulture("de");

        Assert.Equal("Die Datei ist größer als die Grenze von 20 MB.", FileRefusalText.Of(DocumentProblems.TooLarge(20 * 1024 * 1024), L));
    }

    [Fact]
    public void FormatException_WithoutACode_ReadsAsTheGeneralSentence()
    {
        using var _ = new UiCulture("lb");

        Assert.Equal("D’Datei kann net gelies ginn.", FileRefusalText.Of(new FormatException("Input string was not in a correct format."), L));
    }

    private static FileProblem ProblemOf(FormatException refused) => refused switch
    {
        DocumentFormatException { Problem: { } problem } => problem,
        InterchangeFormatException { Problem: { } problem } => problem,
        _ => throw new InvalidOperationException($"{refused.GetType().Name} without a problem: {refused.Message}"),
    };

    /// <summary>The values as a sentence shows them, or null for those worded by another key (kinds of file).</summary>
    private static string? Shown(object value) => value switch
    {
        Language language => language.Code(),
        FileKind => null,
        long bytes => Human.Size(bytes),
        IFormattable number => number.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    private static IEnumerable<FormatException> Catalogue() =>
        new[] { typeof(DocumentProblems), typeof(InterchangeProblems), typeof(GlossaryProblems) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType.IsSubclassOf(typeof(FormatException)))
            .Select(m => (FormatException)m.Invoke(null, [.. m.GetParameters().Select(p => Sample(p.ParameterType))])!);

    /// <summary>A value for each kind of parameter the catalogues take; a new kind fails here until it is given one.</summary>
    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "sample-value",
        _ when type == typeof(string[]) => new[] { "2.0", "2.1" },
        _ when type == typeof(int) => 1234,
        _ when type == typeof(long) => 20L * 1024 * 1024,
        _ when type == typeof(FileKind) => FileKind.ZipArchive,
        _ when type == typeof(Language) => Language.Lb,
        _ when type == typeof(Exception) => new IOException("sample reason"),
        _ when type == typeof(JsonException) => new JsonException("sample reason", "$", 6, 2),
        _ when type == typeof(XmlException) => new XmlException("sample reason", null, 7, 3),
        _ when type == typeof(InterchangeFormatException) => InterchangeProblems.BadTagId("007"),
        _ when type == typeof(RefusedException) => new RefusedException(Refusal.Create("glossary.term-empty", "The fr term is empty.")),
        _ => throw new InvalidOperationException($"Give the test a sample {type.Name}."),
    };
}
