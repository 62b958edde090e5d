namespace Translate.Domain.Documents;

/// <summary>
/// What a text format writes before a block: nothing before the first, a line break between consecutive list items
/// so that they stay one list as the readers found them, an empty line between any other two.
/// </summary>
public static class BlockBreak
{
    public static string Before(BlockKind? previous, BlockKind kind) => previous switch
    {
        null => "",
        BlockKind.ListItem when kind == BlockKind.ListItem => "\n",
        _ => "\n\n",
    };
}
