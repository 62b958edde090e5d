using System.Text;

namespace Translate.Formats.Interchange;

/// <summary>
/// The text of a segment with its inline codes, in order. Paired codes are properly nested, so every format can write
/// them as elements (&lt;pc&gt;, &lt;g&gt;) or as begin/end markers (&lt;bpt&gt;/&lt;ept&gt;) and read them back the same.
/// </summary>
public sealed class InlineText : IEquatable<InlineText>
{
    public static InlineText Empty { get; } = new([]);

    /// <summary>Adjacent text runs are merged and empty ones dropped, so equal texts have equal parts.</summary>
    public InlineText(IEnumerable<InlinePart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = Normalize(parts);
        if (Problem(Parts) is { } problem)
        {
            throw new ArgumentException(problem, nameof(parts));
        }
    }

    public IReadOnlyList<InlinePart> Parts { get; }

    public bool IsEmpty => Parts.Count == 0;

    public static InlineText Plain(string text) => new([new TextRun(text)]);

    /// <summary>The text a reader sees: codes dropped, line breaks as new lines.</summary>
    public string ToPlainString()
    {
        var text = new StringBuilder();
        foreach (var part in Parts)
        {
            switch (part)
            {
                case TextRun run:
                    text.Append(run.Text);
                    break;
                case StandaloneCode { Kind: InlineKind.LineBreak }:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Codes as {id}…{/id} and {id/}, for test messages and logs.</summary>
    public override string ToString() => string.Concat(Parts.Select(part => part switch
    {
        TextRun run => run.Text,
        OpeningCode open => $"{{{open.Id}:{open.Kind}}}",
        ClosingCode close => $"{{/{close.Id}}}",
        StandaloneCode code => $"{{{code.Id}:{code.Kind}/}}",
        _ => "",
    }));

    public bool Equals(InlineText? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as InlineText);

    public override int GetHashCode() => Parts.Aggregate(0, (hash, part) => HashCode.Combine(hash, part));

    /// <summary>Why the parts are not a valid inline text (a code closed out of order or never closed), or null.</summary>
    internal static string? Problem(IReadOnlyList<InlinePart> parts)
    {
        var open = new Stack<string>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case OpeningCode opening when string.IsNullOrEmpty(opening.Id):
                case StandaloneCode standalone when string.IsNullOrEmpty(standalone.Id):
                    return "An inline code has no id.";
                case OpeningCode opening when open.Contains(opening.Id):
                    return $"Inline code '{opening.Id}' is opened again inside itself.";
                case OpeningCode opening:
                    open.Push(opening.Id);
                    break;
                case ClosingCode closing when !open.Contains(closing.Id):
                    return $"Inline code '{closing.Id}' is closed but was never opened.";
                case ClosingCode closing when open.Peek() != closing.Id:
                    return $"Inline code '{closing.Id}' is closed before '{open.Peek()}', which was opened inside it.";
                case ClosingCode:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? $"Inline code '{open.Peek()}' is opened but never closed." : null;
    }

    private static List<InlinePart> Normalize(IEnumerable<InlinePart> parts)
    {
        var normalized = new List<InlinePart>();
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part);
            if (part is TextRun run)
            {
                if (run.Text.Length == 0)
                {
                    continue;
                }

                if (normalized.Count > 0 && normalized[^1] is TextRun previous)
                {
                    normalized[^1] = new TextRun(previous.Text + run.Text);
                    continue;
                }
            }

            normalized.Add(part);
        }

        return normalized;
    }
}
