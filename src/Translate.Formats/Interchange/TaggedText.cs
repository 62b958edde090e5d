using System.Globalization;
using System.Text;
using Translate.Domain.Documents;

namespace Translate.Formats.Interchange;

/// <summary>
/// A segment's tagged text (<c>&lt;1&gt;bold&lt;/1&gt;</c>, <c>&lt;2/&gt;</c>, see <see cref="InlineTags"/>) as an
/// <see cref="InlineText"/> whose codes have the tags' numbers as ids, and back. What a number stands for is kept by
/// the document format, not the text: a lookup may say it; without one every code is <see cref="InlineKind.Other"/>.
/// </summary>
public static class TaggedText
{
    /// <exception cref="ArgumentException">The tags do not pair up (see <see cref="InlineTags.Problem"/>).</exception>
    public static InlineText ToInline(string tagged, Func<int, (InlineKind Kind, string? Href)>? codeOf = null)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        if (InlineTags.Problem(tagged) is { } problem)
        {
            throw new ArgumentException(problem, nameof(tagged));
        }

        var parts = new List<InlinePart>();
        var at = 0;
        foreach (var tag in InlineTags.Find(tagged))
        {
            parts.Add(new TextRun(tagged[at..tag.Index]));
            var id = tag.Id.ToString(CultureInfo.InvariantCulture);
            var (kind, href) = codeOf?.Invoke(tag.Id) ?? (InlineKind.Other, null);
            parts.Add(tag.Kind switch
            {
                InlineTagKind.Opening => new OpeningCode(id, kind, kind == InlineKind.Link ? href : null),
                InlineTagKind.Closing => new ClosingCode(id),
                _ => new StandaloneCode(id, kind),
            });
            at = tag.Index + tag.Length;
        }

        parts.Add(new TextRun(tagged[at..]));
        return new InlineText(parts);
    }

    /// <summary>
    /// The tagged text of an inline text. Text that looks like a tag (a CAT tool that shows codes as plain
    /// "&lt;1&gt;") is a tag in the domain too, so callers check the result with <see cref="InlineTags.Problem"/>.
    /// </summary>
    /// <exception cref="InterchangeFormatException">A code's id is not a number from 1 to 999.</exception>
    public static string FromInline(InlineText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tagged = new StringBuilder();
        foreach (var part in text.Parts)
        {
            tagged.Append(part switch
            {
                TextRun run => run.Text,
                OpeningCode open => InlineTags.Opening(Number(open.Id)),
                ClosingCode close => InlineTags.Closing(Number(close.Id)),
                StandaloneCode code => InlineTags.Standalone(Number(code.Id)),
                _ => "",
            });
        }

        return tagged.ToString();
    }

    /// <summary>Whether an inline code id is one Translate's tags can carry: 1 to 999, written without leading zeros.</summary>
    public static bool IsTagId(string id) =>
        id.Length is > 0 and <= 3 && id[0] != '0' && id.All(char.IsAsciiDigit);

    private static int Number(string id) =>
        IsTagId(id)
            ? int.Parse(id, CultureInfo.InvariantCulture)
            : throw InterchangeProblems.BadTagId(id);
}
