using Microsoft.EntityFrameworkCore;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Testing;

namespace Translate.Data.Tests;

public sealed class MemoryUnitPersistenceTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();

    [Fact]
    public async Task MemoryUnit_WithItsContextAndOrigin_ReadsBackAsItWasSaved()
    {
        var unit = new MemoryUnit(Guid.NewGuid(), Language.En, Language.Fr, "The <1>Minister</1> met the press.", "Le <1>ministre</1> a rencontré la presse.",
            new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero))
        {
            PreviousSourceText = "Luxembourg, 20 November 2026",
            NextSourceText = null,
            ReleaseSlug = "space-week",
            ReleaseTitle = "Space week",
            Author = "Chloé Martin",
        };
        await using (var db = _database.NewContext())
        {
            db.MemoryUnits.Add(unit);
            await db.SaveChangesAsync();
        }

        await using var read = _database.NewContext();
        var loaded = await read.MemoryUnits.AsNoTracking().SingleAsync(u => u.SourceLanguage == Language.En && u.TargetLanguage == Language.Fr);

        Assert.Equal(unit, loaded);
    }

    public void Dispose() => _database.Dispose();
}
