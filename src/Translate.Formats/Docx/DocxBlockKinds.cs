using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Translate.Domain.Documents;

namespace Translate.Formats.Docx;

/// <summary>
/// A paragraph's block kind from its style (and the styles it is based on), outline level, numbering and place.
/// </summary>
internal sealed class DocxBlockKinds
{
    // Style chains are short; the cap stops a hostile cycle of basedOn.
    private const int MaxStyleDepth = 16;

    private readonly Dictionary<string, Style> _styles;

    public DocxBlockKinds(Styles? styles)
    {
        _styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.Type?.Value == StyleValues.Paragraph)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    public BlockKind Of(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var chain = Chain(properties?.ParagraphStyleId?.Val?.Value).ToList();

        if (chain.Any(IsTitle))
        {
            return BlockKind.Title;
        }

        if (IsOutline(properties?.OutlineLevel) || chain.Any(s => IsHeading(s) || IsOutline(s.StyleParagraphProperties?.OutlineLevel)))
        {
            return BlockKind.Heading;
        }

        // A paragraph's own numbering id decides; id 0 removes the numbering its style would give.
        var numbered = properties?.NumberingProperties?.NumberingId?.Val?.Value is { } own
            ? own != 0
            : chain.Any(s => HasNumbering(s.StyleParagraphProperties?.NumberingProperties));
        if (numbered || chain.Any(s => Name(s).Contains("list", StringComparison.Ordinal)))
        {
            return BlockKind.ListItem;
        }

        return paragraph.Ancestors<TableCell>().Any() ? BlockKind.TableCell : BlockKind.Paragraph;
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxStyleDepth && _styles.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static bool IsTitle(Style style) => style.StyleId?.Value == "Title" || Name(style) == "title";

    private static bool IsHeading(Style style)
    {
        var name = Name(style).Replace(" ", "", StringComparison.Ordinal);
        var id = style.StyleId?.Value?.ToLowerInvariant() ?? "";
        return IsHeadingName(name) || IsHeadingName(id);
    }

    private static bool IsHeadingName(string name) =>
        name.Length == 8 && name.StartsWith("heading", StringComparison.Ordinal) && name[7] is >= '1' and <= '9';

    // Levels 0 to 8 are Heading 1 to 9; 9 is body text.
    private static bool IsOutline(OutlineLevel? level) => level?.Val?.Value is >= 0 and <= 8;

    // Numbering id 0 removes numbering inherited from a style.
    private static bool HasNumbering(NumberingProperties? numbering) =>
        numbering?.NumberingId?.Val?.Value is { } id && id != 0;

    private static string Name(Style style) => style.StyleName?.Val?.Value?.ToLower(CultureInfo.InvariantCulture) ?? "";
}
