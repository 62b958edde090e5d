using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    public PublishedVersion? LatestPublishedVersion => _publishedVersions.MaxBy(v => v.Number);

    /// <summary>Publishing needs every target language approved and the embargo, if any, passed.</summary>
    public PublicationGate CheckPublicationGate(DateTimeOffset now)
    {
        var reasons = new List<GateReason>();
        switch (Status)
        {
            case ReleaseStatus.Published:
                reasons.Add(Refusals.GateAlreadyPublished(Version));
                break;
            case ReleaseStatus.Draft:
                reasons.Add(Refusals.GateNotStarted());
                break;
            default:
                reasons.AddRange(Languages.Where(l => !l.IsApproved).Select(l => Refusals.GateLanguageNotApproved(
                    l.Language, l.State, TranslationsIn(l.Language).Count(t => !t.IsDone))));
                break;
        }

        if (Embargo is { } embargo && !embargo.HasPassed(now))
        {
            reasons.Add(Refusals.GateEmbargo(embargo));
        }

        return new PublicationGate(reasons);
    }

    /// <summary>Takes the immutable snapshot of every language that exports of finished versions come from.</summary>
    public PublishedVersion Publish(Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        var gate = CheckPublicationGate(now);
        if (!gate.IsOpen)
        {
            throw new PublicationRefusedException(gate);
        }

        var documents = new List<PublishedDocument> { new(SourceLanguage, isSource: true, CurrentDocument(SourceLanguage)) };
        documents.AddRange(Languages.Select(l => new PublishedDocument(l.Language, isSource: false, CurrentDocument(l.Language))));
        var version = new PublishedVersion(Id, Version, editor.Id, now, documents, SourceDocumentId);
        _publishedVersions.Add(version);
        Status = ReleaseStatus.Published;
        PublicationScheduledById = null;
        Touch(now);
        return version;
    }

    /// <summary>The release will publish itself once its embargo passes and every language is approved.</summary>
    public void SchedulePublication(Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        EnsureNotPublished();
        if (Embargo is null)
        {
            throw new RefusedException(Refusals.ScheduleNeedsEmbargo());
        }

        PublicationScheduledById = editor.Id;
        Touch(now);
    }

    public void CancelScheduledPublication(Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        PublicationScheduledById = null;
        Touch(now);
    }

    /// <summary>Whether a scheduled publication is due: the caller publishes in the name of the editor who scheduled it.</summary>
    public bool IsScheduledPublicationDue(DateTimeOffset now) =>
        PublicationScheduledById is not null && CheckPublicationGate(now).IsOpen;

    /// <summary>
    /// A correction after publication opens the next version; the published one stays as it was.
    /// Translations keep their state until the source or a translation changes.
    /// </summary>
    public void OpenCorrection(Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        if (Status != ReleaseStatus.Published)
        {
            throw new RefusedException(Refusals.CorrectionNeedsPublication());
        }

        Version++;
        Status = ReleaseStatus.InTranslation;
        RefreshStatus();
        Touch(now);
    }

    /// <summary>The document in one language as it stands now: source text, or each segment's current translation.</summary>
    public SegmentedDocument CurrentDocument(Language language)
    {
        if (language != SourceLanguage)
        {
            Language(language);
        }

        var byBlock = _segments.GroupBy(s => s.BlockId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Number).ToList());
        var translations = language == SourceLanguage
            ? null
            : _translations.Where(t => t.Language == language).ToDictionary(t => t.SegmentId, t => t.Text);
        return new SegmentedDocument(Blocks
            .Select(b => new SegmentedBlock(
                b.Kind,
                byBlock.GetValueOrDefault(b.Id, []).Select(s => translations is null ? s.Text : translations.GetValueOrDefault(s.Id, string.Empty)).ToList()))
            .ToList());
    }
}
