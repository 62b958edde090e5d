using Translate.Domain.Memory;

namespace Translate.Application.Memory;

/// <summary>One page of a search of the memory: its units, how many matched in all, and where the page is.</summary>
public sealed record MemorySearch(IReadOnlyList<MemoryUnit> Units, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
