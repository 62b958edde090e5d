using Translate.Formats.Interchange;

namespace Translate.Application.Exchange;

/// <summary>A unit of an uploaded file in the domain's terms: its id, tagged source and target, and the version it was based on.</summary>
internal sealed record UploadedUnit(string Id, string Source, string Target, int? BaseVersion)
{
    /// <summary>
    /// Refuses a unit whose codes Translate cannot carry: ids that are not tag numbers, or codes in the target that
    /// its source does not have (a CAT tool's own, which no document format could place).
    /// </summary>
    public static UploadedUnit From(BilingualUnit unit)
    {
        var source = Tagged(unit.Id, unit.Source);
        var target = unit.Target is null ? "" : Tagged(unit.Id, unit.Target);
        var sourceCodes = CodeIds(unit.Source).ToHashSet(StringComparer.Ordinal);
        if (unit.Target is not null && CodeIds(unit.Target).FirstOrDefault(id => !sourceCodes.Contains(id)) is { } unknown)
        {
            throw InterchangeProblems.ForeignTargetCode(unit.Id, unknown);
        }

        return new UploadedUnit(unit.Id, source, target, unit.BaseVersion);
    }

    private static string Tagged(string unitId, InlineText text)
    {
        try
        {
            return TaggedText.FromInline(text);
        }
        catch (InterchangeFormatException e)
        {
            throw InterchangeProblems.InUnit(unitId, e);
        }
    }

    private static IEnumerable<string> CodeIds(InlineText text) => text.Parts.Select(part => part switch
    {
        OpeningCode open => open.Id,
        StandaloneCode code => code.Id,
        _ => null,
    }).OfType<string>();
}
