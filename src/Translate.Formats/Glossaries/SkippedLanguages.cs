using Translate.Domain.Glossaries;

namespace Translate.Formats.Glossaries;

/// <summary>Counts the terms of languages Translate does not keep, as a glossary reader passes them.</summary>
internal sealed class SkippedLanguages
{
    private readonly SortedSet<string> _tags = new(StringComparer.OrdinalIgnoreCase);
    private int _terms;

    public void Add(string tag, int terms)
    {
        _tags.Add(tag);
        _terms += terms;
    }

    public GlossaryImport With(IReadOnlyList<GlossaryEntry> entries) => new(entries, _terms, [.. _tags]);
}
