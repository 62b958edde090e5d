using System.Text;
using System.Text.RegularExpressions;
using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Segmentation;

/// <summary>
/// Splits the text of one block into sentences, by the rules of its language. Inline tags take no room for the
/// rules; a tag pair that spans a sentence break is closed at the end of one sentence and opened again at the start
/// of the next, so every segment's tags are balanced on their own.
/// </summary>
public static partial class Segmenter
{
    public static IReadOnlyList<string> Split(string blockText, Language language)
    {
        ArgumentNullException.ThrowIfNull(blockText);
        if (!InlineTags.HasTags(blockText))
        {
            return SplitPlain(blockText, language);
        }

        var atoms = Atoms(blockText);
        var plain = string.Concat(atoms.Where(a => a.Tag is null).Select(a => a.Char));
        if (plain.Trim().Length == 0)
        {
            return [];
        }

        // Where each character of the plain text stands among the atoms.
        var atomOfChar = new List<int>(plain.Length);
        for (var i = 0; i < atoms.Count; i++)
        {
            if (atoms[i].Tag is null)
            {
                atomOfChar.Add(i);
            }
        }

        var cuts = new List<int> { 0 };
        foreach (var position in SegmentationRules.For(language).BreakPositions(plain))
        {
            cuts.Add(CutBefore(atoms, atomOfChar, position));
        }

        cuts.Add(atoms.Count);
        var balance = InlineTags.Problem(blockText) is null;
        var open = new List<InlineTag>();
        var sentences = new List<string>();
        var pending = "";
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var sentence = Sentence(atoms, cuts[i], cuts[i + 1], balance ? open : null);
            if (InlineTags.Strip(sentence).Length > 0)
            {
                sentences.Add(pending + sentence);
                pending = "";
            }
            else if (sentences.Count > 0)
            {
                // Tags without text (an image between sentences) stay with the sentence before them.
                sentences[^1] += sentence;
            }
            else
            {
                pending += sentence;
            }
        }

        return sentences;
    }

    /// <summary>Text without tags, the common case, split without the bookkeeping tags need.</summary>
    private static List<string> SplitPlain(string blockText, Language language)
    {
        var text = FoldableWhitespace().Replace(blockText, " ").Trim();
        var sentences = new List<string>();
        var start = 0;
        foreach (var position in SegmentationRules.For(language).BreakPositions(text))
        {
            AddTrimmed(text[start..position]);
            start = position;
        }

        AddTrimmed(text[start..]);
        return sentences;

        void AddTrimmed(string sentence)
        {
            if (sentence.Trim() is { Length: > 0 } trimmed)
            {
                sentences.Add(trimmed);
            }
        }
    }

    /// <summary>
    /// The atom index a break before the plain character at the position falls on. Closing tags after the sentence's
    /// end stay with it, and so does a standalone tag right at its end ("website.&lt;1/&gt;", a line break); one after a
    /// space opens the next sentence ("&lt;1/&gt; The picture shows").
    /// </summary>
    private static int CutBefore(List<Atom> atoms, List<int> atomOfChar, int position)
    {
        var cut = atomOfChar[position - 1] + 1;
        var sawSpace = false;
        for (var i = cut; i < atoms.Count; i++)
        {
            if (atoms[i].Tag is { Kind: InlineTagKind.Closing } || (atoms[i].Tag is { Kind: InlineTagKind.Standalone } && !sawSpace))
            {
                cut = i + 1;
            }
            else if (atoms[i].Tag is null && atoms[i].Char == ' ')
            {
                sawSpace |= !atoms[i].IsVirtual;
            }
            else
            {
                break;
            }
        }

        return cut;
    }

    /// <summary>The atoms of one sentence, trimmed, with the tags still open from before reopened and its open tags closed.</summary>
    private static string Sentence(List<Atom> atoms, int start, int end, List<InlineTag>? open)
    {
        var text = new StringBuilder();
        if (open is not null)
        {
            foreach (var tag in open)
            {
                text.Append(InlineTags.Opening(tag.Id));
            }
        }

        foreach (var atom in atoms.Skip(start).Take(end - start))
        {
            if (atom.Tag is not { } tag)
            {
                if (!atom.IsVirtual)
                {
                    text.Append(atom.Char);
                }

                continue;
            }

            text.Append(atom.Text);
            if (open is null)
            {
                continue;
            }

            if (tag.Kind == InlineTagKind.Opening)
            {
                open.Add(tag);
            }
            else if (tag.Kind == InlineTagKind.Closing)
            {
                open.RemoveAt(open.FindLastIndex(t => t.Id == tag.Id));
            }
        }

        if (open is not null)
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                text.Append(InlineTags.Closing(open[i].Id));
            }
        }

        return Trim(text.ToString());
    }

    /// <summary>
    /// Whitespace removed from both ends of the sentence's text, across the tags that open or close there; a space next
    /// to a standalone tag at an end ("launch: &lt;1/&gt;", an image) is the document's own and stays.
    /// </summary>
    private static string Trim(string sentence)
    {
        var tagAt = new InlineTag?[sentence.Length];
        foreach (var tag in InlineTags.Find(sentence))
        {
            Array.Fill(tagAt, tag, tag.Index, tag.Length);
        }

        var drop = new bool[sentence.Length];
        for (var i = 0; i < sentence.Length && tagAt[i] is not { Kind: InlineTagKind.Standalone }; i++)
        {
            if (tagAt[i] is null && !char.IsWhiteSpace(sentence[i]))
            {
                break;
            }

            drop[i] = tagAt[i] is null;
        }

        for (var i = sentence.Length - 1; i >= 0 && tagAt[i] is not { Kind: InlineTagKind.Standalone }; i--)
        {
            if (tagAt[i] is null && !char.IsWhiteSpace(sentence[i]))
            {
                break;
            }

            drop[i] = tagAt[i] is null;
        }

        var result = new StringBuilder(sentence.Length);
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!drop[i])
            {
                result.Append(sentence[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>The block as characters and tags; line breaks and runs of spaces folded into one space.</summary>
    private static List<Atom> Atoms(string blockText)
    {
        var atoms = new List<Atom>(blockText.Length);
        var position = 0;
        var lastWasSpace = true;
        var standaloneBefore = false;
        foreach (Match match in InlineTags.Tag().Matches(blockText))
        {
            AddText(blockText[position..match.Index]);
            var tag = InlineTags.ToTag(match);
            atoms.Add(new Atom(default, tag, match.Value));
            position = match.Index + match.Length;
            if (tag.Kind == InlineTagKind.Standalone)
            {
                // A space after a field or an image is the document's own, kept as it is.
                lastWasSpace = false;
                standaloneBefore = true;
            }
        }

        AddText(blockText[position..]);

        // Trailing spaces are no sentence: the rules see the text trimmed.
        for (var i = atoms.Count - 1; i >= 0 && atoms[i] is { Tag: null, Char: ' ' }; i--)
        {
            atoms.RemoveAt(i);
        }

        return atoms;

        void AddText(string text)
        {
            foreach (var c in text)
            {
                var foldable = char.IsWhiteSpace(c) && !IsNoBreakSpace(c);
                if (foldable && lastWasSpace)
                {
                    continue;
                }

                // A line break between two words ("website.<1/>Contact") separates them for the rules, not in the text.
                if (standaloneBefore && !foldable && atoms.Count > 1 && atoms[^2] is { Tag: null, Char: not ' ' })
                {
                    atoms.Add(new Atom(' ', null, null, IsVirtual: true));
                }

                standaloneBefore = false;
                atoms.Add(new Atom(foldable ? ' ' : c, null, null));
                lastWasSpace = foldable;
            }
        }
    }

    // No-break spaces stay (French "Oui ?").
    private static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    // Line breaks and runs of spaces become one space; no-break spaces stay.
    [GeneratedRegex(@"[\s-[\u00A0\u202F\u2007]]+", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FoldableWhitespace();

    /// <summary>A character or a tag of the block; a virtual space separates words for the rules but is not written.</summary>
    private readonly record struct Atom(char Char, InlineTag? Tag, string? Text, bool IsVirtual = false);
}
