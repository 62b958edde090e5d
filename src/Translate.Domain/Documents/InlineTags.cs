using System.Globalization;
using System.Text.RegularExpressions;

namespace Translate.Domain.Documents;

/// <summary>
/// Inline formatting inside a segment's text, as numbered tags in the CAT-tool manner: <c>&lt;1&gt;bold&lt;/1&gt;</c>
/// for a paired code (bold, italic, underline, a link) and <c>&lt;2/&gt;</c> for a standalone one (a line break, an
/// image). The number points into the original document's formatting, which the document formats keep; the domain
/// only needs to see the tags, so that counting, segmenting and checking ignore them and translators keep them.
/// </summary>
public static partial class InlineTags
{
    public static string Opening(int id) => string.Create(CultureInfo.InvariantCulture, $"<{id}>");

    public static string Closing(int id) => string.Create(CultureInfo.InvariantCulture, $"</{id}>");

    public static string Standalone(int id) => string.Create(CultureInfo.InvariantCulture, $"<{id}/>");

    public static bool HasTags(string text) => Tag().IsMatch(text);

    /// <summary>The text a reader sees: every tag removed.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag().Replace(text, "");
    }

    /// <summary>The tags of a text, in order.</summary>
    public static IReadOnlyList<InlineTag> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Tag().Matches(text).Select(ToTag)];
    }

    /// <summary>Why the tags of a text are not properly paired and nested, or null when they are.</summary>
    public static string? Problem(string text)
    {
        var open = new Stack<int>();
        foreach (var tag in Find(text))
        {
            switch (tag.Kind)
            {
                case InlineTagKind.Opening when open.Contains(tag.Id):
                    return $"Tag <{tag.Id}> is opened again inside itself.";
                case InlineTagKind.Opening:
                    open.Push(tag.Id);
                    break;
                case InlineTagKind.Closing when !open.Contains(tag.Id):
                    return $"Tag </{tag.Id}> closes a tag that is not open.";
                case InlineTagKind.Closing when open.Peek() != tag.Id:
                    return $"Tag </{tag.Id}> closes before </{open.Peek()}>, which was opened inside it.";
                case InlineTagKind.Closing:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? $"Tag <{open.Peek()}> is never closed." : null;
    }

    internal static InlineTag ToTag(Match match)
    {
        var id = int.Parse(match.Groups["id"].ValueSpan, CultureInfo.InvariantCulture);
        var kind = match.Groups["close"].Success ? InlineTagKind.Closing
            : match.Groups["alone"].Success ? InlineTagKind.Standalone
            : InlineTagKind.Opening;
        return new InlineTag(kind, id, match.Index, match.Length);
    }

    // Ids from 1 to 999 without leading zeros, so a tag is written one way only.
    [GeneratedRegex("<(?<close>/)?(?<id>[1-9][0-9]{0,2})(?(close)|(?<alone>/)?)>", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    internal static partial Regex Tag();
}

public enum InlineTagKind
{
    Opening,
    Closing,
    Standalone,
}

/// <summary>One tag found in a text: what it is, its number, and where it stands.</summary>
public readonly record struct InlineTag(InlineTagKind Kind, int Id, int Index, int Length);
