using Translate.Domain.Glossaries;

namespace Translate.Application.Glossaries;

/// <summary>A stored glossary entry: the entry, the version an edit must be based on, and who changed it last, when.</summary>
public sealed record GlossaryEntryView(GlossaryEntry Entry, int Version, DateTimeOffset UpdatedAt, string? UpdatedBy);

/// <summary>One page of the glossary list: its entries, how many match in all, and which page of what size it is.</summary>
public sealed record GlossaryListPage(IReadOnlyList<GlossaryEntryView> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
