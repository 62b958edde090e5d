using System.Globalization;
using System.Reflection;
using Translate.Application;
using Translate.Application.Exchange;
using Translate.Application.Glossaries;
using Translate.Application.Users;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;
using Translate.Web.Accounts;
using Translate.Web.Components.Shared;
using Translate.Web.Localization;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>
/// Every refusal the rules can give, made through its catalogue with sample values, read in each UI language:
/// a sentence of <c>locales/</c> exists for its code, and it names the values the refusal carries.
/// </summary>
public sealed class RefusalTextTests
{
    private static readonly LocaleStrings Strings = AppLocales.Strings;
    private static readonly JsonStringLocalizer L = AppLocales.Localizer;

    [Theory]
    [MemberData(nameof(AppLocales.Cultures), MemberType = typeof(AppLocales))]
    public void EveryRefusal_HasASentenceInTheUiLanguage_NamingItsValues(string culture)
    {
        using var _ = new UiCulture(culture);
        var problems = new List<string>();

        foreach (var (code, values, text) in Catalogue().Select(r => (r.Code, r.Values, RefusalText.Of(r, L)))
            .Concat(GateReasons().Select(r => (r.Code, r.Values, RefusalText.Of(r, L)))))
        {
            var found = Strings.Find(RefusalText.KeyPrefix + code, CultureInfo.CurrentUICulture);
            if (found.ResourceNotFound || !found.SearchedLocation!.StartsWith(AppLocales.FileOf(culture), StringComparison.Ordinal))
            {
                problems.Add($"{code}: no sentence in {AppLocales.FileOf(culture)}");
                continue;
            }

            problems.AddRange(values.Values.Select(Shown).Where(v => v is not null && !v.Any(form => text.Contains(form, StringComparison.Ordinal)))
                .Select(v => $"{code}: \"{text}\" does not name {v![0]}"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Refusal_InChinese_WordsItsStateInChinese()
    {
        using var _ = new UiCulture("zh-Hans");

        Assert.Equal("fr 已处于“审校中”状态。", RefusalText.Of(Refusals.AlreadySubmitted(Language.Fr, LanguageState.InReview), L));
        Assert.Equal("新闻稿在 2026-01-16 10:00（Europe/Luxembourg）之前处于禁发期。",
            RefusalText.Of(Refusals.GateEmbargo(new Embargo(new DateTime(2026, 1, 16, 10, 0, 0))), L));
    }

    [Fact]
    public void PublicationRefusal_InLuxembourgish_ListsEveryReasonInLuxembourgish()
    {
        using var _ = new UiCulture("lb");
        var gate = new PublicationGate([Refusals.GateNotStarted(), Refusals.GateLanguageNotApproved(Language.De, LanguageState.InProgress, 2)]);

        Assert.Equal("Verëffentlechung refuséiert: D’Iwwersetzung huet net ugefaangen. de ass net fräigeginn: Status „Amgaang“, 2 Segment(er) net iwwersat.",
            RefusalText.Of(Refusals.PublicationRefused(gate), L));
    }

    /// <summary>
    /// The forms in which a sentence may show a value (a count plain or with group separators, "1234" or "1,234"), or
    /// null for values worded by another key (states, gate reasons).
    /// </summary>
    private static string[]? Shown(object value) => value switch
    {
        Language language => [language.Code()],
        Enum or IEnumerable<GateReason> or DateTime => null,
        int count => [count.ToString(CultureInfo.CurrentCulture), count.ToString("N0", CultureInfo.CurrentCulture)],
        IFormattable number => [number.ToString(null, CultureInfo.CurrentCulture)],
        _ => [value.ToString()!],
    };

    private static IEnumerable<Refusal> Catalogue() =>
        new[] { typeof(Refusals), typeof(ExchangeRefusals), typeof(PeopleRefusals), typeof(NotFoundRefusals), typeof(GlossaryRefusals), typeof(GlossaryEditRefusals) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Refusal))
            .Select(m => (Refusal)m.Invoke(null, [.. m.GetParameters().Select(p => Sample(p.ParameterType))])!);

    private static IEnumerable<GateReason> GateReasons() =>
        typeof(Refusals).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(GateReason))
            .SelectMany(m => m.GetParameters().Any(p => p.ParameterType == typeof(int))
                ? new[] { 0, 3 }.Select(n => Invoke(m, n))
                : [Invoke(m, 3)]);

    private static GateReason Invoke(MethodInfo method, int number) =>
        (GateReason)method.Invoke(null, [.. method.GetParameters().Select(p => p.ParameterType == typeof(int) ? number : Sample(p.ParameterType))])!;

    /// <summary>A value for each kind of parameter the catalogues take; a new kind fails here until it is given one.</summary>
    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "sample-value",
        _ when type == typeof(int) => 1234,
        _ when type == typeof(Guid) => new Guid("5d1c2a49-8e8a-4f4e-9a53-0c6a3e2b7f10"),
        _ when type == typeof(Language) => Language.Lb,
        _ when type == typeof(LanguageState) => LanguageState.ChangesRequested,
        _ when type == typeof(ReleaseStatus) => ReleaseStatus.InTranslation,
        _ when type == typeof(TranslationState) => TranslationState.Approved,
        _ when type == typeof(DateTime) => new DateTime(2026, 3, 29, 2, 30, 0),
        _ when type == typeof(Domain.Users.Actor) => People.Francoise,
        _ when type == typeof(IReadOnlyList<int>) => new[] { 4, 5 },
        _ when type == typeof(IReadOnlyList<string>) => new[] { "u9" },
        _ when type == typeof(Embargo) => new Embargo(new DateTime(2026, 1, 16, 10, 0, 0)),
        _ when type == typeof(PublicationGate) => new PublicationGate([Refusals.GateNotStarted()]),
        _ => throw new InvalidOperationException($"Give the test a sample {type.Name}."),
    };
}
