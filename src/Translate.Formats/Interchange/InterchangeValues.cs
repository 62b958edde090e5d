using System.Globalization;
using Translate.Domain.Documents;

namespace Translate.Formats.Interchange;

/// <summary>Translate's own values (segment number, version, block kind) read from a file, refused when malformed.</summary>
internal static class InterchangeValues
{
    public static int? Number(string? value, string what, int line, string? unitId) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw new InterchangeFormatException($"The {what} '{value}' is not a number", line, unitId);

    public static BlockKind? Kind(string? value, int line, string unitId) =>
        value is null ? null
        : Enum.TryParse<BlockKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0]) ? kind
        : throw new InterchangeFormatException($"The block kind '{value}' is not one of Translate's", line, unitId);
}
