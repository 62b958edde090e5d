using Translate.Domain.Checks;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Translations;

/// <summary>
/// The one active translation of a segment into a target language, with its state and history.
/// Its changes go through <see cref="Release"/>, which knows the state of the language and the release.
/// </summary>
public sealed class Translation
{
    private readonly List<Revision> _revisions = [];
    private readonly List<CheckAcknowledgement> _acknowledgements = [];

    private Translation()
    {
        Text = string.Empty;
        Segment = null!;
    }

    internal Translation(Segment segment, Language language)
    {
        Id = Guid.CreateVersion7();
        ReleaseId = segment.ReleaseId;
        SegmentId = segment.Id;
        Segment = segment;
        Language = language;
        Text = string.Empty;
        State = TranslationState.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ReleaseId { get; private set; }

    public Guid SegmentId { get; private set; }

    public Segment Segment { get; private set; }

    public Language Language { get; private set; }

    public string Text { get; private set; }

    public TranslationState State { get; private set; }

    /// <summary>Grows with every change; a save names the version it was based on, and a stale one is a conflict.</summary>
    public int Version { get; private set; }

    /// <summary>The translator this segment is assigned to in this language, if any.</summary>
    public string? AssigneeId { get; private set; }

    public string? LastEditorId { get; private set; }

    public DateTimeOffset? LastEditedAt { get; private set; }

    /// <summary>The editor's comment when the segment was last sent back.</summary>
    public string? ReviewComment { get; private set; }

    public string? ReviewerId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public IReadOnlyList<Revision> Revisions => _revisions;

    /// <summary>Warnings let stand, with their reasons; each covers its finding while the checks still raise it.</summary>
    public IReadOnlyList<CheckAcknowledgement> Acknowledgements => _acknowledgements;

    /// <summary>A language can be submitted once every segment is done; approved ones count as done.</summary>
    public bool IsDone => State is TranslationState.Translated or TranslationState.Approved;

    internal void AssignTo(string? translatorId) => AssigneeId = translatorId;

    /// <summary>A new reason for the same finding replaces the old one, so one finding shows one reason.</summary>
    internal CheckAcknowledgement Acknowledge(string code, string valuesKey, string reason, string authorId, DateTimeOffset now)
    {
        _acknowledgements.RemoveAll(a => a.Code == code && a.ValuesKey == valuesKey);
        var acknowledgement = new CheckAcknowledgement(code, valuesKey, reason, authorId, now);
        _acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }

    /// <summary>Saves new text; returns false when nothing changed, so no empty revision is kept.</summary>
    internal bool Save(
        string text, TranslationState state, int basedOnVersion, RevisionOrigin origin,
        Actor author, int releaseVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (state is not (TranslationState.Draft or TranslationState.Translated))
        {
            throw new RefusedException(Refusals.SaveStateNotAllowed(state));
        }

        if (basedOnVersion != Version)
        {
            throw new TranslationConflictException(new TranslationConflict(
                Id, Segment.Number, Language, text, basedOnVersion, Text, State, Version, LastEditorId, LastEditedAt));
        }

        if (state == TranslationState.Translated && string.IsNullOrWhiteSpace(text))
        {
            throw new RefusedException(Refusals.EmptyTranslation(Segment.Number, Language));
        }

        var newState = string.IsNullOrWhiteSpace(text) ? TranslationState.Empty : state;
        if (text == Text && newState == State)
        {
            return false;
        }

        _revisions.Add(new Revision(Id, releaseVersion, author.Id, now, Text, text, State, newState, origin));
        Text = text;
        State = newState;
        LastEditorId = author.Id;
        LastEditedAt = now;
        Version++;
        return true;
    }

    internal void Approve()
    {
        State = TranslationState.Approved;
        Version++;
    }

    internal void Reject(string comment, Actor reviewer, DateTimeOffset now)
    {
        State = TranslationState.Rejected;
        ReviewComment = comment;
        ReviewerId = reviewer.Id;
        ReviewedAt = now;
        Version++;
    }

    /// <summary>The source changed: a translation that had text must be looked at again.</summary>
    internal bool MarkNeedsUpdate()
    {
        if (State == TranslationState.Empty)
        {
            return false;
        }

        State = TranslationState.NeedsUpdate;
        Version++;
        return true;
    }
}
