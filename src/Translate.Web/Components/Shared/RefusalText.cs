using System.Globalization;
using Microsoft.Extensions.Localization;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Workflow;

namespace Translate.Web.Components.Shared;

/// <summary>
/// A refusal, or a reason the publication gate is closed, in the UI language: the sentence of <c>locales/</c>
/// under <c>refusal.{code}</c>, its values worded there (states in words; times as 2026-01-16 10:00, read alike in every language).
/// The domain's English <see cref="Refusal.Message"/> is for logs.
/// </summary>
public static class RefusalText
{
    public const string KeyPrefix = "refusal.";

    public static string Of(Refusal refusal, IStringLocalizer localizer) => Sentence(refusal.Code, refusal.Values, localizer);

    public static string Of(GateReason reason, IStringLocalizer localizer) => Sentence(reason.Code, reason.Values, localizer);

    private static string Sentence(string code, IReadOnlyDictionary<string, object> values, IStringLocalizer localizer) =>
        localizer[KeyPrefix + code, [.. values.Values.Select(v => Word(v, localizer))]];

    /// <summary>A value as the sentences of <c>locales/</c> show it; check findings word theirs the same way.</summary>
    internal static object Word(object value, IStringLocalizer localizer) => value switch
    {
        Language language => language.Code(),
        Enum state => StateWords.Label(state, localizer),
        DateTime local => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IEnumerable<GateReason> reasons => string.Join(" ", reasons.Select(r => Of(r, localizer))),
        _ => value,
    };
}
