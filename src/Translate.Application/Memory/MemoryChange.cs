using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Memory;

namespace Translate.Application.Memory;

/// <summary>
/// New units and the stored ones they replace: a pair with the same languages, source text and target text is
/// kept once, the newest. Added to a unit of work before its save; applied to the index after the commit.
/// </summary>
internal sealed record MemoryChange(IReadOnlyList<Guid> Removed, IReadOnlyList<MemoryUnit> Added)
{
    /// <summary>How many of the added units replaced a stored one.</summary>
    public int Replaced { get; init; }

    /// <summary>The stored units of a language pair that may share a pair with <paramref name="units"/>, by their source texts.</summary>
    public static IQueryable<MemoryUnit> Candidates(TranslateDbContext db, (Language Source, Language Target) pair, IEnumerable<MemoryUnit> units)
    {
        var sourceTexts = units.Select(u => u.SourceText).Distinct().ToList();
        return db.MemoryUnits.Where(u => u.SourceLanguage == pair.Source && u.TargetLanguage == pair.Target && sourceTexts.Contains(u.SourceText));
    }

    /// <summary>Removes the stored units that <paramref name="units"/> replace and adds these, in the context, unsaved.</summary>
    public static MemoryChange Stage(TranslateDbContext db, IReadOnlyList<MemoryUnit> units, IReadOnlyCollection<MemoryUnit> candidates)
    {
        var keys = units.Select(Key).ToHashSet();
        var replaced = candidates.Where(c => keys.Contains(Key(c))).ToList();
        db.MemoryUnits.RemoveRange(replaced);
        db.MemoryUnits.AddRange(units);
        var replacedKeys = replaced.Select(Key).ToHashSet();
        return new MemoryChange([.. replaced.Select(u => u.Id)], units) { Replaced = units.Count(u => replacedKeys.Contains(Key(u))) };
    }

    public static (Language, Language, string, string) Key(MemoryUnit unit) =>
        (unit.SourceLanguage, unit.TargetLanguage, unit.SourceText, unit.TargetText);
}
