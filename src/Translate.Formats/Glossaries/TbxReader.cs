using System.Xml.Linq;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Reads a glossary from TBX: TBX v3 (ISO 30042:2019, <c>tbx</c> / <c>conceptEntry</c> / <c>langSec</c> /
/// <c>termSec</c>) and the older TBX v2 (<c>martif</c> / <c>termEntry</c> / <c>langSet</c> / <c>tig</c> or
/// <c>ntig</c>) that many tools still export. Elements are matched by local name, so files with or without the TBX
/// namespace read alike. See <see cref="Tbx"/> for how terms, variants and Translate's own flags are read.
/// </summary>
public static class TbxReader
{
    /// <summary>Refuses (<see cref="InterchangeFormatException"/>) a file that is not TBX, is hostile, or holds entries the glossary refuses.</summary>
    public static GlossaryImport Read(Stream stream, ReaderLimits limits) =>
        SafeXml.Read(stream, limits, xml => Read(XDocument.Load(xml, LoadOptions.SetLineInfo)));

    public static GlossaryImport Read(Stream stream) => Read(stream, ReaderLimits.Default);

    private static GlossaryImport Read(XDocument document)
    {
        var root = document.Root!;
        var version3 = root.Name.LocalName == "tbx";
        if (!version3 && root.Name.LocalName != "martif")
        {
            throw InterchangeProblems.WrongRoot(root.Name.LocalName, "TBX", "tbx", SafeXml.Line(root));
        }

        var skipped = new SkippedLanguages();
        var entries = new List<GlossaryEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in root.Descendants().Where(e => e.Name.LocalName == (version3 ? "conceptEntry" : "termEntry")))
        {
            var line = SafeXml.Line(concept);
            var id = concept.Attribute("id")?.Value;
            if (id is null && version3)
            {
                throw InterchangeProblems.MissingId("conceptEntry", line);
            }

            if (id is not null && !ids.Add(id))
            {
                throw GlossaryProblems.DuplicateEntry(id, line);
            }

            if (Entry(concept, id, version3, skipped) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries.Count == 0 ? throw GlossaryProblems.NoEntries() : skipped.With(entries);
    }

    private static GlossaryEntry? Entry(XElement concept, string? id, bool version3, SkippedLanguages skipped)
    {
        var line = SafeXml.Line(concept);
        try
        {
            var terms = new List<GlossaryTerm>();
            foreach (var section in Children(concept, version3 ? "langSec" : "langSet"))
            {
                var tag = section.Attribute(XNamespace.Xml + "lang")?.Value
                    ?? throw InterchangeProblems.MissingLanguage("xml:lang", SafeXml.Line(section));
                var termSections = section.Elements().Where(e => e.Name.LocalName is "termSec" or "tig" or "ntig").ToList();
                if (GlossaryLanguages.Parse(tag, SafeXml.Line(section)) is not { } language)
                {
                    skipped.Add(tag, termSections.Count);
                    continue;
                }

                if (Term(language, termSections) is { } term)
                {
                    terms.Add(term);
                }
            }

            if (terms.Count == 0)
            {
                return null;
            }

            var notes = Notes(concept);
            var note = Join(notes.Where(n => n is not (Tbx.DoNotTranslate or Tbx.CaseSensitive)))
                ?? Descrip(concept, "definition")
                ?? Children(concept, version3 ? "langSec" : "langSet").Select(s => Descrip(s, "definition")).FirstOrDefault(d => d is not null);
            return new GlossaryEntry(id is null ? Guid.CreateVersion7() : GlossaryIds.Read(id), terms, note, Descrip(concept, "subjectField"),
                notes.Contains(Tbx.DoNotTranslate));
        }
        catch (RefusedException refused)
        {
            throw GlossaryProblems.InvalidEntry(id ?? "", line, refused);
        }
    }

    /// <summary>The language's approved term: its preferred term, else its first term that is not deprecated.</summary>
    private static GlossaryTerm? Term(Language language, List<XElement> sections)
    {
        var terms = sections.Select(s => (Text: s.Descendants().FirstOrDefault(e => e.Name.LocalName == "term")?.Value ?? "", Status: Status(s), Notes: Notes(s)))
            .ToList();
        var forbidden = terms.Where(t => t.Status is Tbx.Deprecated or Tbx.Superseded).ToList();
        var usable = terms.Except(forbidden).ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        var approved = usable.FirstOrDefault(t => t.Status == Tbx.Preferred, usable[0]);
        return new GlossaryTerm(language, approved.Text, approved.Notes.Contains(Tbx.CaseSensitive), forbidden.Select(f => f.Text),
            Join(approved.Notes.Where(n => n != Tbx.CaseSensitive)));
    }

    private static string? Status(XElement termSection) => termSection.Descendants()
        .FirstOrDefault(e => e.Name.LocalName == "termNote" && (string?)e.Attribute("type") == "administrativeStatus")?.Value.Trim();

    /// <summary>The notes of an element itself, not of the sections inside it.</summary>
    private static List<string> Notes(XElement element) =>
        [.. Own(element).Where(e => e.Name.LocalName == "note").Select(e => e.Value.Trim()).Where(n => n.Length > 0)];

    private static string? Descrip(XElement element, string type) =>
        Own(element).FirstOrDefault(e => e.Name.LocalName == "descrip" && (string?)e.Attribute("type") == type)?.Value.Trim() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>The element's children and those of its groups (descripGrp, adminGrp, termGrp), where TBX puts the same things.</summary>
    private static IEnumerable<XElement> Own(XElement element) =>
        element.Elements().SelectMany(e => e.Name.LocalName.EndsWith("Grp", StringComparison.Ordinal) ? e.Elements() : [e]);

    private static IEnumerable<XElement> Children(XElement element, string name) => element.Elements().Where(e => e.Name.LocalName == name);

    private static string? Join(IEnumerable<string> notes) => string.Join("\n", notes) is { Length: > 0 } joined ? joined : null;
}
