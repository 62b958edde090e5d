using Translate.Domain.Languages;

namespace Translate.Domain.Releases;

/// <summary>A target language of a release and where its work stands.</summary>
public sealed class ReleaseLanguage
{
    private ReleaseLanguage()
    {
    }

    internal ReleaseLanguage(Guid releaseId, Language language)
    {
        ReleaseId = releaseId;
        Language = language;
        State = LanguageState.NotStarted;
    }

    public Guid ReleaseId { get; private set; }

    public Language Language { get; private set; }

    public LanguageState State { get; private set; }

    public string? SubmittedById { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ApprovedById { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Grows with every change of state, so two people deciding at once cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsApproved => State == LanguageState.Approved;

    /// <summary>A translation was saved: work has started, and an approval or a pending review no longer holds.</summary>
    internal void MarkWorkedOn()
    {
        if (State == LanguageState.NotStarted)
        {
            MoveTo(LanguageState.InProgress);
        }
        else
        {
            WithdrawApproval();
        }
    }

    /// <summary>What was approved, or submitted for review, has changed: the language goes back to work.</summary>
    internal void WithdrawApproval()
    {
        if (State is LanguageState.Approved or LanguageState.InReview)
        {
            MoveTo(LanguageState.InProgress);
        }
    }

    internal void Submit(string translatorId, DateTimeOffset now)
    {
        SubmittedById = translatorId;
        SubmittedAt = now;
        MoveTo(LanguageState.InReview);
    }

    internal void Approve(string editorId, DateTimeOffset now)
    {
        ApprovedById = editorId;
        ApprovedAt = now;
        MoveTo(LanguageState.Approved);
    }

    internal void RequestChanges() => MoveTo(LanguageState.ChangesRequested);

    private void MoveTo(LanguageState state)
    {
        if (state != LanguageState.Approved)
        {
            ApprovedById = null;
            ApprovedAt = null;
        }

        State = state;
        Version++;
    }
}
