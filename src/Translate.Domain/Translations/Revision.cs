namespace Translate.Domain.Translations;

/// <summary>One save of a translation: who, when, the text before and after, and where it came from.</summary>
public sealed class Revision
{
    private Revision()
    {
        AuthorId = OldText = NewText = string.Empty;
    }

    internal Revision(
        Guid translationId, int releaseVersion, string authorId, DateTimeOffset at,
        string oldText, string newText, TranslationState oldState, TranslationState newState, RevisionOrigin origin)
    {
        Id = Guid.CreateVersion7(at);
        TranslationId = translationId;
        ReleaseVersion = releaseVersion;
        AuthorId = authorId;
        At = at;
        OldText = oldText;
        NewText = newText;
        OldState = oldState;
        NewState = newState;
        Origin = origin;
    }

    public Guid Id { get; private set; }

    public Guid TranslationId { get; private set; }

    /// <summary>The version of the release the save was made in: the four-eyes rule looks at the version under review.</summary>
    public int ReleaseVersion { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string OldText { get; private set; }

    public string NewText { get; private set; }

    public TranslationState OldState { get; private set; }

    public TranslationState NewState { get; private set; }

    public RevisionOrigin Origin { get; private set; }
}
