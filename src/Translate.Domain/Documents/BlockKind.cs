namespace Translate.Domain.Documents;

/// <summary>What a block of the source document is, so that exports rebuild the same structure.</summary>
public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    Byline,
    Contact,
}
