using Microsoft.EntityFrameworkCore;
using Translate.Application.Exports;
using Translate.Application.Releases;
using Translate.Application.Users;
using Translate.Data;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;

namespace Translate.Application.Exchange;

/// <summary>
/// XLIFF per language for offline CAT tools, and back; TMX of the approved pairs.
/// <para>
/// Download: editors get every segment; a translator gets only the segments assigned to them in that language
/// (and nothing, refused, when none are). Each unit is a segment (id: the segment's id, kept across source changes)
/// with the translation's version, so that the upload can tell what changed meanwhile.
/// </para>
/// <para>
/// Upload: a file-level problem refuses the whole file and writes nothing — not XLIFF or malformed, too large, another
/// release or language, units that are not this release's segments, a source changed since the download. Otherwise
/// each changed target is saved as Translated through the same rule as the editor's saves, in one transaction;
/// a unit the rules refuse (not assigned to you, in review, a conflict with a change made meanwhile, an empty target,
/// tags that do not pair up) is listed with its reason and the others are applied. Unchanged targets are skipped.
/// </para>
/// </summary>
public sealed class BilingualExchange(IDbContextFactory<TranslateDbContext> databases, ReleaseOperations operations, UploadOptions uploads)
{
    /// <exception cref="NotFoundException">No such release, or the language is not one of its targets.</exception>
    /// <exception cref="ForbiddenException">Neither an editor nor a translator with segments assigned in the language.</exception>
    /// <exception cref="RefusedException">Translation of the release has not started.</exception>
    public async Task<ExportFile> DownloadXliffAsync(
        string actorId, string slug, Language language, XliffVersion version, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        var release = await ReleaseRows.Whole.LoadAsync(db, await ReleaseIdAsync(db, slug, cancellationToken), cancellationToken);
        if (!release.TargetLanguages.Contains(language))
        {
            throw new NotFoundException(NotFoundRefusals.NotATarget(language, slug));
        }

        Func<Translation, bool>? include = null;
        if (!actor.IsEditor)
        {
            if (!actor.CanTranslate(language) || !release.TranslationsIn(language).Any(t => t.AssigneeId == actor.Id))
            {
                throw new ForbiddenException(ExchangeRefusals.NothingAssigned(language));
            }

            include = t => t.AssigneeId == actor.Id;
        }

        if (release.Status == ReleaseStatus.Draft)
        {
            throw new RefusedException(Refusals.NotStarted());
        }

        return InterchangeFiles.Xliff(slug, ReleaseInterchange.Bilingual(release, language, include), version);
    }

    /// <exception cref="NotFoundException">No such release, or the language is not one of its targets.</exception>
    /// <exception cref="InterchangeFormatException">The file is too large, not XLIFF, malformed, or in other languages.</exception>
    /// <exception cref="RefusedException">The file is for another release, or does not match its segments.</exception>
    public async Task<ExchangeSummary> UploadXliffAsync(
        string actorId, string slug, Language language, Stream content, long length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length > uploads.MaxBytes)
        {
            throw TooLarge();
        }

        var (releaseId, sourceLanguage) = await TargetAsync(slug, language, cancellationToken);
        var document = XliffReader.Read(await ReadAsync(content, cancellationToken), uploads.ReaderLimits, sourceLanguage, language);
        if (document.ReleaseId is null)
        {
            throw new RefusedException(ExchangeRefusals.NoRelease());
        }

        if (!Guid.TryParse(document.ReleaseId, out var fileReleaseId) || fileReleaseId != releaseId)
        {
            throw new RefusedException(ExchangeRefusals.OtherRelease(slug));
        }

        if (document.Units.Count == 0)
        {
            throw new RefusedException(ExchangeRefusals.NoUnits());
        }

        var units = document.Units.Select(UploadedUnit.From).ToList();
        return await operations.RunAsync(actorId, releaseId, ReleaseRows.Language(language), (release, actor, now) =>
        {
            var matched = Match(release, units);
            var outcomes = matched
                .Select(m => Apply(release, language, m.Segment, m.Unit, actor, now))
                .OrderBy(o => o.SegmentNumber)
                .ToList();
            return new ExchangeSummary(release.Slug, language, outcomes);
        }, cancellationToken);
    }

    /// <summary>The approved (and published) pairs of the release, from its source into each target. Editors only.</summary>
    /// <exception cref="NotFoundException">No such release.</exception>
    public async Task<ExportFile> ExportTmxAsync(string actorId, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var actor = await Actors.LoadAsync(db, actorId, cancellationToken);
        actor.EnsureEditor();
        var release = await ReleaseRows.Whole.LoadAsync(db, await ReleaseIdAsync(db, slug, cancellationToken), cancellationToken);
        var published = await ReleaseLoader.LatestPublishedAsync(db, release.Id, cancellationToken);
        return InterchangeFiles.Tmx(slug, ReleaseInterchange.MemoryEntries(release, published));
    }

    /// <summary>Each unit's segment; the whole file is refused when a unit is not one, or its source has changed.</summary>
    private static List<(Segment Segment, UploadedUnit Unit)> Match(Release release, IReadOnlyList<UploadedUnit> units)
    {
        var segments = release.Segments.ToDictionary(s => s.Id);
        Segment? SegmentOf(string id) => Guid.TryParse(id, out var segmentId) ? segments.GetValueOrDefault(segmentId) : null;

        var unknown = units.Where(u => SegmentOf(u.Id) is null).ToList();
        // A CAT tool that splits a unit's segment gives ids "unit/segment": the segment count no longer matches.
        var split = unknown.Select(u => u.Id.Split('/')[0]).Select(SegmentOf).OfType<Segment>()
            .Select(s => s.Number).Distinct().Order().ToList();
        if (split.Count > 0)
        {
            throw new RefusedException(ExchangeRefusals.SplitUnits(split));
        }

        if (unknown.Count > 0)
        {
            throw new RefusedException(ExchangeRefusals.UnknownUnits([.. unknown.Select(u => u.Id)]));
        }

        var matched = units.Select(u => (Segment: SegmentOf(u.Id)!, Unit: u)).ToList();
        var changed = matched.Where(m => m.Segment.Text != m.Unit.Source).Select(m => m.Segment.Number).Order().ToList();
        return changed.Count > 0 ? throw new RefusedException(ExchangeRefusals.SourceChanged(changed)) : matched;
    }

    /// <summary>One unit saved as Translated through the release's rules, or why not.</summary>
    private static UnitOutcome Apply(Release release, Language language, Segment segment, UploadedUnit unit, Actor actor, DateTimeOffset now)
    {
        var translation = release.Translation(segment, language);
        var current = translation.Text;
        if (unit.Target == current)
        {
            return new UnitOutcome(segment.Number, UnitResult.Unchanged, current, unit.Target);
        }

        if (InlineTags.Problem(unit.Target) is { } problem)
        {
            return Refused(ExchangeRefusals.TagProblem(segment.Number, problem));
        }

        if (unit.BaseVersion is null && current.Length > 0)
        {
            return Refused(ExchangeRefusals.NoBaseVersion(segment.Number));
        }

        try
        {
            release.SaveTranslation(segment, language, unit.Target, unit.BaseVersion ?? translation.Version, TranslationState.Translated,
                RevisionOrigin.Human, actor, now);
            return new UnitOutcome(segment.Number, UnitResult.Applied, current, unit.Target);
        }
        catch (TranslationConflictException)
        {
            return Refused(ExchangeRefusals.Conflict(segment.Number));
        }
        catch (RefusedException e)
        {
            return Refused(e.Refusal);
        }

        UnitOutcome Refused(Refusal refusal) => new(segment.Number, UnitResult.Refused, current, unit.Target, refusal);
    }

    private async Task<(Guid Id, Language Source)> TargetAsync(string slug, Language language, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking()
                          .Where(r => r.Slug == slug)
                          .Select(r => new { r.Id, r.SourceLanguage, IsTarget = r.Languages.Any(l => l.Language == language) })
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException(NotFoundRefusals.Release(slug));
        return release.IsTarget ? (release.Id, release.SourceLanguage) : throw new NotFoundException(NotFoundRefusals.NotATarget(language, slug));
    }

    private static async Task<Guid> ReleaseIdAsync(TranslateDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Releases.AsNoTracking().Where(r => r.Slug == slug).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(NotFoundRefusals.Release(slug));

    /// <summary>The upload's bytes, refused as soon as they pass the limit whatever length the sender claimed.</summary>
    private async Task<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bytes.Length + read > uploads.MaxBytes)
            {
                throw TooLarge();
            }

            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    private InterchangeFormatException TooLarge() =>
        InterchangeProblems.TooLargeToUpload(uploads.MaxBytes, uploads.MaxSize);
}
