using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Application.Exchange;

/// <summary>Why an XLIFF download or upload, or one unit of it, is refused: a stable code, its values and the English sentence.</summary>
public static class ExchangeRefusals
{
    public const string ConflictCode = "exchange.conflict";

    // Enough to find the units; a file wrong throughout would otherwise fill the page.
    private const int Listed = 10;

    public static Refusal NothingAssigned(Language language) =>
        Make("exchange.nothing-assigned",
            $"Nothing in {language.Code()} is assigned to you; editors and the translators of a language download its XLIFF.",
            ("language", language));

    public static Refusal NoRelease() =>
        Make("exchange.no-release", "The file does not say which release it was downloaded from; upload an XLIFF file downloaded from Translate.");

    public static Refusal OtherRelease(string slug) =>
        Make("exchange.other-release", $"The file was downloaded for another release, not '{slug}'; nothing was changed.", ("slug", slug));

    public static Refusal NoUnits() => Make("exchange.no-units", "The file has no units to translate; nothing was changed.");

    public static Refusal UnknownUnits(IReadOnlyList<string> ids) =>
        Make("exchange.unknown-units", $"{Units(ids.Count)} {List(ids.Select(id => $"'{id}'").ToList())} {Are(ids.Count)} not segments of this release; nothing was changed.",
            ("units", string.Join(", ", ids)));

    public static Refusal SplitUnits(IReadOnlyList<int> segments) =>
        Make("exchange.split-units",
            $"The file holds several segments for segment(s) {List(segments)}; Translate needs one segment per unit, as downloaded (join them in your CAT tool). Nothing was changed.",
            ("segments", string.Join(", ", segments)));

    public static Refusal SourceChanged(IReadOnlyList<int> segments) =>
        Make("exchange.source-changed",
            $"The source of segment(s) {List(segments)} changed since the file was downloaded; download the file again. Nothing was changed.",
            ("segments", string.Join(", ", segments)));

    public static Refusal Conflict(int segment) =>
        Make(ConflictCode,
            $"Segment {segment} was changed in Translate since the file was downloaded; both texts are shown and nothing was overwritten.",
            ("segment", segment));

    public static Refusal NoBaseVersion(int segment) =>
        Make("exchange.no-base-version",
            $"The file does not say which version of segment {segment} it was based on, and the segment already has a translation; nothing was overwritten.",
            ("segment", segment));

    public static Refusal TagProblem(int segment, string problem) =>
        Make("exchange.tags", $"Segment {segment}: {problem}", ("segment", segment));

    private static string List<T>(IReadOnlyList<T> items) =>
        string.Join(", ", items.Take(Listed)) + (items.Count > Listed ? $" and {items.Count - Listed} more" : "");

    private static string Units(int count) => count == 1 ? "Unit" : "Units";

    private static string Are(int count) => count == 1 ? "is" : "are";

    private static Refusal Make(string code, string message, params (string Name, object Value)[] values) =>
        Refusal.Create(code, message, values);
}
