using Microsoft.EntityFrameworkCore;
using Translate.Data.Glossaries;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Data.Tests;

public sealed class GlossaryPersistenceTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 1, 16, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = TestDatabase.Migrated();

    private static GlossaryEntry Ministry(Guid id) => new(id,
        [
            new GlossaryTerm(Language.En, "Ministry of the Economy"),
            new GlossaryTerm(Language.Fr, "ministère de l'Économie", caseSensitive: true, forbiddenVariants: ["ministère de l'Economie", "ministère de l'économie"], note: "Lower-case m."),
            new GlossaryTerm(Language.Zh, "经济部", caseSensitive: true),
        ],
        note: "The ministry, not the minister.", subject: "institutions");

    [Fact]
    public async Task Entry_WithItsTermsAndForbiddenVariants_ReadsBackAsItWasSaved()
    {
        var entry = Ministry(Guid.NewGuid());
        await using (var db = _database.NewContext())
        {
            db.GlossaryEntries.Add(StoredGlossaryEntry.From(entry, "u1", At));
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var stored = await check.GlossaryEntries.Include(e => e.Terms).SingleAsync();
        var loaded = stored.ToEntry();

        Assert.Equal((entry.Id, entry.Note, entry.Subject, entry.DoNotTranslate), (loaded.Id, loaded.Note, loaded.Subject, loaded.DoNotTranslate));
        Assert.Equal(entry.Terms.Select(t => (t.Language, t.Text, t.CaseSensitive, t.Note)), loaded.Terms.Select(t => (t.Language, t.Text, t.CaseSensitive, t.Note)));
        Assert.Equal(["ministère de l'Economie", "ministère de l'économie"], loaded.TermIn(Language.Fr)!.ForbiddenVariants);
        Assert.Equal(("Ministry of the Economy", 1, At, "u1"), (stored.Headword, stored.Version, stored.UpdatedAt, stored.UpdatedById));
    }

    [Fact]
    public async Task EditedEntry_DroppingAndChangingTerms_KeepsOnlyTheNewTerms()
    {
        var id = Guid.NewGuid();
        await using (var db = _database.NewContext())
        {
            db.GlossaryEntries.Add(StoredGlossaryEntry.From(Ministry(id), "u1", At));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            var stored = await db.GlossaryEntries.Include(e => e.Terms).SingleAsync();
            stored.Take(new GlossaryEntry(id, [new GlossaryTerm(Language.De, "Wirtschaftsministerium"), new GlossaryTerm(Language.Fr, "ministère de l'Économie")]), "u2", At);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var loaded = await check.GlossaryEntries.Include(e => e.Terms).SingleAsync();
        Assert.Equal([(Language.De, "Wirtschaftsministerium"), (Language.Fr, "ministère de l'Économie")],
            loaded.ToEntry().Terms.Select(t => (t.Language, t.Text)));
        Assert.Empty(loaded.ToEntry().Terms[1].ForbiddenVariants);
        Assert.Equal(("Wirtschaftsministerium", 2, "u2"), (loaded.Headword, loaded.Version, loaded.UpdatedById));
        Assert.Equal(2, await check.GlossaryTerms.CountAsync());
    }

    [Fact]
    public async Task TwoEditsOfOneEntry_FromTheSameVersion_TheSecondFails()
    {
        var id = Guid.NewGuid();
        await using (var db = _database.NewContext())
        {
            db.GlossaryEntries.Add(StoredGlossaryEntry.From(Ministry(id), "u1", At));
            await db.SaveChangesAsync();
        }

        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var a = await first.GlossaryEntries.Include(e => e.Terms).SingleAsync();
        var b = await second.GlossaryEntries.Include(e => e.Terms).SingleAsync();
        a.Take(new GlossaryEntry(id, [new GlossaryTerm(Language.En, "Ministry of Economy")]), "u1", At);
        await first.SaveChangesAsync();
        b.Take(new GlossaryEntry(id, [new GlossaryTerm(Language.En, "Economy Ministry")]), "u2", At);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.NewContext();
        Assert.Equal("Ministry of Economy", (await check.GlossaryEntries.SingleAsync()).Headword);
    }

    public void Dispose() => _database.Dispose();
}
