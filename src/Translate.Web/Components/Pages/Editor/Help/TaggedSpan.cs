using Translate.Domain.Documents;

namespace Translate.Web.Components.Pages.Editor.Help;

/// <summary>
/// Places a span given in the tag-stripped text (as glossary hits are) in the tagged text, so that marking it keeps
/// the inline tags: the span runs from its first character to its last, with any tags between them inside it.
/// </summary>
public static class TaggedSpan
{
    /// <summary>The start and length in <paramref name="tagged"/> of the span at <paramref name="start"/> of its stripped text.</summary>
    public static (int Start, int Length) Of(string tagged, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var first = Tagged(tagged, start);
        var last = Tagged(tagged, start + length - 1);
        return (first, last + 1 - first);
    }

    /// <summary>The index in the tagged text of the character at <paramref name="stripped"/> in the stripped text.</summary>
    private static int Tagged(string tagged, int stripped)
    {
        var skipped = 0;
        foreach (var tag in InlineTags.Find(tagged))
        {
            if (tag.Index - skipped > stripped)
            {
                break;
            }

            skipped += tag.Length;
        }

        var index = stripped + skipped;
        return index < tagged.Length ? index : throw new ArgumentOutOfRangeException(nameof(stripped), "The span goes beyond the text.");
    }
}
