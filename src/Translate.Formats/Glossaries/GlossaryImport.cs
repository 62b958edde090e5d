using Translate.Domain.Glossaries;

namespace Translate.Formats.Glossaries;

/// <summary>
/// The entries read from a glossary file, and what was left out: terms of languages other than Translate's five
/// (other tools keep Spanish or Traditional Chinese in the same file), counted so the person importing is told.
/// </summary>
public sealed record GlossaryImport(IReadOnlyList<GlossaryEntry> Entries, int SkippedTerms, IReadOnlyList<string> SkippedLanguages)
{
    public Glossary ToGlossary() => new(Entries);
}
