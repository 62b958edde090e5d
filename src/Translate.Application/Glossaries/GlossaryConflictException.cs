namespace Translate.Application.Glossaries;

/// <summary>
/// Someone else changed the entry since the editor opened it: <see cref="Current"/> is what is stored now, to show
/// beside the editor's version, or null when the entry was deleted meanwhile. Nothing was saved.
/// </summary>
public sealed class GlossaryConflictException(Guid entryId, GlossaryEntryView? current)
    : Exception(current is null
        ? $"Glossary entry {entryId} was deleted by someone else since you opened it."
        : $"Glossary entry {entryId} was changed by someone else since you opened it (now version {current.Version}).")
{
    public Guid EntryId { get; } = entryId;

    public GlossaryEntryView? Current { get; } = current;
}
