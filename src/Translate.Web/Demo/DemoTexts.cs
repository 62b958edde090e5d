using Translate.Domain.Languages;

namespace Translate.Web.Demo;

/// <summary>The texts of the demo releases: the reference sample (embedded) and a short, published announcement.</summary>
internal static class DemoTexts
{
    public static string Sample(Language language)
    {
        using var stream = typeof(DemoTexts).Assembly.GetManifestResourceStream($"Demo.{language.Code()}.txt")
                           ?? throw new InvalidOperationException($"The demo sample in {language.Code()} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static readonly IReadOnlyDictionary<Language, string> Conference = new Dictionary<Language, string>
    {
        [Language.En] = """
            Space resources conference in Luxembourg

            The Ministry of the Economy will host an international conference on space resources on 12 March 2018. Registration is open until 28 February.
            """,
        [Language.Fr] = """
            Conférence sur les ressources spatiales à Luxembourg

            Le ministère de l'Économie accueillera une conférence internationale sur les ressources spatiales le 12 mars 2018. Les inscriptions sont ouvertes jusqu'au 28 février.
            """,
        [Language.De] = """
            Konferenz über Weltraumressourcen in Luxemburg

            Das Wirtschaftsministerium richtet am 12. März 2018 eine internationale Konferenz über Weltraumressourcen aus. Die Anmeldung ist bis zum 28. Februar möglich.
            """,
        [Language.Lb] = """
            Konferenz iwwer Weltraumressourcen zu Lëtzebuerg

            De Wirtschaftsministère organiséiert den 12. Mäerz 2018 eng international Konferenz iwwer Weltraumressourcen. D'Umeldung ass bis den 28. Februar op.
            """,
        [Language.Zh] = """
            卢森堡举办空间资源会议

            卢森堡经济部将于2018年3月12日举办一场关于空间资源的国际会议。报名截止日期为2月28日。
            """,
    };
}
