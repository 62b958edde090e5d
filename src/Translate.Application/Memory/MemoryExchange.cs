using Microsoft.EntityFrameworkCore;
using Translate.Application.Exchange;
using Translate.Application.Exports;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Formats.Interchange;

namespace Translate.Application.Memory;

/// <summary>The translation memory in and out as TMX 1.4, through the interchange readers and writers; editors only.</summary>
public sealed class MemoryExchange(IDbContextFactory<TranslateDbContext> databases, MemoryStore memory, UploadOptions uploads, TimeProvider clock)
{
    /// <summary>The memory as TMX: one language pair when both are given, else every pair, newest first within each.</summary>
    public async Task<ExportFile> ExportTmxAsync(
        string actorId, Language? sourceLanguage = null, Language? targetLanguage = null, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        (await Actors.LoadAsync(db, actorId, cancellationToken)).EnsureEditor();
        var units = await db.MemoryUnits.AsNoTracking()
            .Where(u => sourceLanguage == null || u.SourceLanguage == sourceLanguage)
            .Where(u => targetLanguage == null || u.TargetLanguage == targetLanguage)
            .ToListAsync(cancellationToken);
        var entries = units
            .OrderBy(u => u.SourceLanguage).ThenBy(u => u.TargetLanguage).ThenByDescending(u => u.ApprovedAt).ThenBy(u => u.Id)
            .Select(u => new TranslationMemoryEntry(u.SourceLanguage, ReleaseInterchange.Inline(u.SourceText), u.TargetLanguage, ReleaseInterchange.Inline(u.TargetText))
            {
                CreatedAt = u.ApprovedAt,
                Author = u.Author,
            })
            .ToList();
        var name = sourceLanguage is { } source && targetLanguage is { } target ? $"memory-{source.Code()}-{target.Code()}" : "memory";
        return InterchangeFiles.Tmx(name, entries);
    }

    /// <summary>
    /// Adds a TMX file's pairs to the memory, each replacing a stored pair with the same languages and texts.
    /// Dated as the file dates them (else now), authored as the file names the author.
    /// </summary>
    /// <exception cref="InterchangeFormatException">The file is refused (too large, not TMX, a language not of the press office...); nothing is added.</exception>
    public async Task<MemoryImport> ImportTmxAsync(string actorId, Stream content, long length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        (await Actors.LoadAsync(db, actorId, cancellationToken)).EnsureEditor();
        if (length > uploads.MaxBytes)
        {
            throw TooLarge();
        }

        using var bytes = await ReadAsync(content, cancellationToken);
        var entries = TmxReader.Read(bytes, uploads.ReaderLimits);
        var now = clock.GetUtcNow();
        var units = entries.Select(e => Unit(e, now)).OfType<MemoryUnit>().DistinctBy(MemoryChange.Key).ToList();
        var changes = new List<MemoryChange>();
        foreach (var pair in units.GroupBy(u => (u.SourceLanguage, u.TargetLanguage)))
        {
            var candidates = await MemoryChange.Candidates(db, pair.Key, pair).ToListAsync(cancellationToken);
            changes.Add(MemoryChange.Stage(db, [.. pair], candidates));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in changes)
        {
            await memory.ApplyAsync(change, cancellationToken);
        }

        var replaced = changes.Sum(c => c.Replaced);
        return new MemoryImport(units.Count - replaced, replaced, entries.Count - units.Count);
    }

    /// <summary>An entry as a unit; null when it cannot be one: a blank text, one language twice, tags that do not pair up.</summary>
    private static MemoryUnit? Unit(TranslationMemoryEntry entry, DateTimeOffset now)
    {
        if (entry.SourceLanguage == entry.TargetLanguage
            || Tagged(entry.Source) is not { } source || Tagged(entry.Target) is not { } target)
        {
            return null;
        }

        var at = entry.CreatedAt ?? now;
        return new MemoryUnit(Guid.CreateVersion7(at), entry.SourceLanguage, entry.TargetLanguage, source, target, at) { Author = entry.Author };
    }

    private static string? Tagged(InlineText text)
    {
        try
        {
            var tagged = TaggedText.FromInline(text);
            return string.IsNullOrWhiteSpace(tagged) || InlineTags.Problem(tagged) is not null ? null : tagged;
        }
        catch (InterchangeFormatException)
        {
            // A code id Translate's tags cannot carry: the entry is skipped, the rest of the file is imported.
            return null;
        }
    }

    private async Task<MemoryStream> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bytes.Length + read > uploads.MaxBytes)
            {
                await bytes.DisposeAsync();
                throw TooLarge();
            }

            bytes.Write(buffer, 0, read);
        }

        bytes.Position = 0;
        return bytes;
    }

    private InterchangeFormatException TooLarge() =>
        InterchangeProblems.TooLargeToUpload(uploads.MaxBytes, uploads.MaxSize);
}
