using System.Xml.Linq;

namespace Translate.Formats.Interchange;

/// <summary>Collects the parts of a source or target as a reader meets them and refuses them if codes do not pair up.</summary>
internal sealed class InlineBuilder(string unitId)
{
    // Inline content is read recursively; a hostile file nesting codes thousands deep must not exhaust the stack.
    public const int MaxDepth = 64;

    private readonly List<InlinePart> _parts = [];

    public string UnitId => unitId;

    public void Text(string text) => _parts.Add(new TextRun(text));

    public void Open(string id, InlineKind kind, string? href = null) => _parts.Add(new OpeningCode(id, kind, href));

    public void Close(string id) => _parts.Add(new ClosingCode(id));

    public void Standalone(string id, InlineKind kind) => _parts.Add(new StandaloneCode(id, kind));

    public InterchangeFormatException Refuse(string problem, int line) => InterchangeProblems.BrokenInline(problem, line, unitId);

    public void CheckDepth(int depth, int line)
    {
        if (depth > MaxDepth)
        {
            throw Refuse($"Inline elements are nested more than {MaxDepth} deep", line);
        }
    }

    public string RequiredId(string? id, XElement element) =>
        string.IsNullOrEmpty(id) ? throw Refuse($"An inline <{element.Name.LocalName}> has no id", SafeXml.Line(element)) : id;

    public InlineText Build(int line) =>
        InlineText.Problem(_parts) is { } problem ? throw Refuse(problem, line) : new InlineText(_parts);
}
