using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Web.Localization;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Editor.Help;

/// <summary>
/// A bUnit context for the editor's help panel components, which need only the UI strings of <c>locales/</c>; in
/// in the culture the test sets (English by default), and with the sample memory units and glossary the tests share.
/// </summary>
public abstract class HelpTest : BunitContext
{
    protected static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);

    protected HelpTest()
    {
        Services.AddSingleton(AppLocales.Strings);
        Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    protected static Glossary SampleGlossary { get; } = new(
    [
        new GlossaryEntry(
            Guid.Parse("11111111-1111-1111-1111-111111111111"),
            [
                new GlossaryTerm(Language.En, "Ministry of the Economy"),
                new GlossaryTerm(Language.Fr, "ministère de l’Économie", forbiddenVariants: ["ministère de l’Économie nationale", "ministère des Finances"], note: "Lower-case m in running text."),
                new GlossaryTerm(Language.Zh, "经济部"),
            ],
            note: "The ministry's name since 2013."),
        new GlossaryEntry(
            Guid.Parse("22222222-2222-2222-2222-222222222222"),
            [new GlossaryTerm(Language.En, "SpaceResources.lu")],
            doNotTranslate: true),
    ]);

    protected static MemoryMatch Match(string source, string target, int score, string? release = "Space mining law passed", string? author = "Anna Weber", Language targetLanguage = Language.Fr, Language sourceLanguage = Language.En) =>
        new(new MemoryUnit(Guid.NewGuid(), sourceLanguage, targetLanguage, source, target, Now.AddDays(-3))
        {
            ReleaseSlug = release is null ? null : "space-mining",
            ReleaseTitle = release,
            Author = author,
        }, score);
}
