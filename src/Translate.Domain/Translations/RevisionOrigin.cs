namespace Translate.Domain.Translations;

/// <summary>Where the text of a save came from.</summary>
public enum RevisionOrigin
{
    Human,
    Memory,
    Machine,
}
