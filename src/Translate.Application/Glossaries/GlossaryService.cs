using Microsoft.EntityFrameworkCore;
using Translate.Application.Exports;
using Translate.Application.Users;
using Translate.Data;
using Translate.Data.Glossaries;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;

namespace Translate.Application.Glossaries;

/// <summary>
/// Changes to the glossary, by editors only (the acting person is loaded fresh for every action), and its files:
/// import of TBX or CSV (all of a file or nothing) and export for everyone signed in. Every change saved makes
/// <see cref="GlossaryQueries.CurrentAsync"/> rebuild the glossary.
/// </summary>
public sealed class GlossaryService(IDbContextFactory<TranslateDbContext> databases, GlossaryQueries queries, UploadOptions uploads, TimeProvider clock)
{
    private const int ImportAttempts = 3;

    /// <summary>Refuses (<see cref="RefusedException"/>) an entry the glossary's rules refuse; <see cref="ForbiddenException"/> for a non-editor.</summary>
    public async Task<GlossaryEntryView> AddAsync(string actorId, GlossaryEntryDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await EditorAsync(db, actorId, cancellationToken);
        var entry = draft.ToEntry(Guid.NewGuid());
        db.GlossaryEntries.Add(StoredGlossaryEntry.From(entry, actorId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        queries.Invalidate();
        return (await GlossaryQueries.EntryAsync(db, entry.Id, cancellationToken))!;
    }

    /// <summary>
    /// Saves the draft over the entry if it is still at <paramref name="basedOnVersion"/>; otherwise
    /// <see cref="GlossaryConflictException"/> with what is stored now (nothing is overwritten).
    /// </summary>
    public async Task<GlossaryEntryView> EditAsync(string actorId, Guid entryId, int basedOnVersion, GlossaryEntryDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await EditorAsync(db, actorId, cancellationToken);
        var entry = draft.ToEntry(entryId);
        var stored = await CurrentAtAsync(db, entryId, basedOnVersion, cancellationToken);
        stored.Take(entry, actorId, clock.GetUtcNow());
        await SaveOrConflictAsync(db, entryId, cancellationToken);
        return (await GlossaryQueries.EntryAsync(db, entryId, cancellationToken))!;
    }

    /// <summary>Deletes the entry if it is still at <paramref name="basedOnVersion"/>; otherwise <see cref="GlossaryConflictException"/>.</summary>
    public async Task DeleteAsync(string actorId, Guid entryId, int basedOnVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await EditorAsync(db, actorId, cancellationToken);
        db.GlossaryEntries.Remove(await CurrentAtAsync(db, entryId, basedOnVersion, cancellationToken));
        await SaveOrConflictAsync(db, entryId, cancellationToken);
    }

    /// <summary>
    /// Imports a TBX or CSV file (told by its name, else by its content): new entries are added, an entry with the id
    /// or the English term of a stored one updates it. A refused file (<see cref="InterchangeFormatException"/>) changes nothing.
    /// </summary>
    public async Task<GlossaryImportSummary> ImportAsync(string actorId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            await EditorAsync(db, actorId, cancellationToken);
        }

        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, cancellationToken);
        var file = GlossaryFiles.Read(fileName, bytes.ToArray(), uploads.ReaderLimits);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ImportAsync(actorId, file.Entries, file.SkippedTerms, file.SkippedLanguages, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ImportAttempts)
            {
                // An entry changed while it was being imported: import again over what is stored now.
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new RefusedException(GlossaryEditRefusals.ChangedMeanwhile());
            }
        }
    }

    /// <summary>The whole glossary as a file, for anyone signed in (<see cref="ForbiddenException"/> for an unknown or disabled person).</summary>
    public async Task<ExportFile> ExportAsync(string actorId, GlossaryFileFormat format, CancellationToken cancellationToken = default)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            await Actors.LoadAsync(db, actorId, cancellationToken);
        }

        var glossary = await queries.CurrentAsync(cancellationToken);
        return GlossaryFiles.Write([.. glossary.Entries.OrderBy(StoredGlossaryEntry.HeadwordOf, StringComparer.Ordinal)], format);
    }

    private async Task<GlossaryImportSummary> ImportAsync(
        string actorId, IReadOnlyList<GlossaryEntry> entries, int skippedTerms, IReadOnlyList<string> skippedLanguages, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var stored = await db.GlossaryEntries.Include(e => e.Terms).AsSplitQuery().ToListAsync(cancellationToken);
        var byId = stored.ToDictionary(e => e.Id);
        var byEnglish = stored.Select(e => (Entry: e, English: e.Terms.Find(t => t.Language == Language.En)?.Text))
            .Where(p => p.English is not null)
            .GroupBy(p => p.English!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Entry, StringComparer.OrdinalIgnoreCase);
        var touched = new HashSet<Guid>();
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, skipped = 0;
        foreach (var entry in entries)
        {
            var english = entry.Terms.FirstOrDefault(t => t.Language == Language.En)?.Text;
            var target = byId.GetValueOrDefault(entry.Id) ?? (english is null ? null : byEnglish.GetValueOrDefault(english));
            if (target is null)
            {
                var row = StoredGlossaryEntry.From(entry, actorId, now);
                db.GlossaryEntries.Add(row);
                byId[row.Id] = row;
                touched.Add(row.Id);
                if (english is not null)
                {
                    byEnglish.TryAdd(english, row);
                }

                added++;
            }
            else if (!touched.Add(target.Id) || GlossaryContent.Same(target.ToEntry(), entry))
            {
                skipped++;
            }
            else
            {
                target.Take(new GlossaryEntry(target.Id, entry.Terms, entry.Note, entry.Subject, entry.DoNotTranslate), actorId, now);
                updated++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        queries.Invalidate();
        return new GlossaryImportSummary(added, updated, skipped, skippedTerms, skippedLanguages);
    }

    private static async Task EditorAsync(TranslateDbContext db, string actorId, CancellationToken cancellationToken) =>
        (await Actors.LoadAsync(db, actorId, cancellationToken)).EnsureEditor();

    /// <summary>The stored entry, tracked, if it is still at the version the editor saw.</summary>
    private static async Task<StoredGlossaryEntry> CurrentAtAsync(TranslateDbContext db, Guid entryId, int basedOnVersion, CancellationToken cancellationToken)
    {
        var stored = await db.GlossaryEntries.Include(e => e.Terms).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (stored is null)
        {
            throw new GlossaryConflictException(entryId, null);
        }

        return stored.Version == basedOnVersion
            ? stored
            : throw new GlossaryConflictException(entryId, await GlossaryQueries.EntryAsync(db, entryId, cancellationToken));
    }

    private async Task SaveOrConflictAsync(TranslateDbContext db, Guid entryId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between reading and writing: show theirs, as for a stale version.
            db.ChangeTracker.Clear();
            throw new GlossaryConflictException(entryId, await GlossaryQueries.EntryAsync(db, entryId, cancellationToken));
        }

        queries.Invalidate();
    }
}
