namespace Translate.Application.Assignments;

/// <summary>
/// An active translator of the language and what they already carry: segments and words of this release in this
/// language, and segments not yet translated across every unpublished release.
/// </summary>
public sealed record TranslatorWorkload(string Id, string Name, int Segments, int Words, int OpenSegments);
