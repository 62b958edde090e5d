using System.Globalization;
using Translate.Domain.Documents;

namespace Translate.Formats.Interchange;

/// <summary>Translate's own values (segment number, version, block kind) read from a file, refused when malformed.</summary>
internal static class InterchangeValues
{
    public static int? Number(string? value, string what, int line, string? unitId) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw InterchangeProblems.NotANumber(what, value, line, unitId);

    public static BlockKind? Kind(string? value, int line, string unitId) =>
        value is null ? null
        : Enum.TryParse<BlockKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0]) ? kind
        : throw InterchangeProblems.UnknownBlockKind(value, line, unitId);
}
