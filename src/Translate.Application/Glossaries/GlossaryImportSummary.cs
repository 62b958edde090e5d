namespace Translate.Application.Glossaries;

/// <summary>
/// What an import did: entries added, entries updated (same id, or same English term), entries skipped (already
/// as in the file, or a second entry of the file for one stored entry), and the terms of languages Translate does not keep.
/// </summary>
public sealed record GlossaryImportSummary(int Added, int Updated, int Skipped, int SkippedTerms, IReadOnlyList<string> SkippedLanguages);
