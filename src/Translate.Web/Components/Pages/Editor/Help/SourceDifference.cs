using System.Globalization;
using DiffPlex;
using Translate.Domain.Documents;

namespace Translate.Web.Components.Pages.Editor.Help;

/// <summary>How a run of the current source compares with a memory match's source.</summary>
public enum DifferenceKind
{
    Same,

    /// <summary>In the current source, not in the match's: the match's translation lacks it.</summary>
    Added,

    /// <summary>In the match's source, not in the current one: the match's translation has it too much.</summary>
    Missing,
}

/// <summary>A piece of text, tags whole, that is the same in both sources, added in the current one, or missing from it.</summary>
public sealed record DifferenceRun(DifferenceKind Kind, string Text);

/// <summary>
/// The word-level differences between the current segment's source and a memory match's source, as translators read
/// them in a CAT tool: words, numbers, punctuation marks, inline tags (whole) and Chinese characters (one by one) are
/// compared; white space is folded, and kept out of the changed runs where it only separates them from the same text.
/// </summary>
public static class SourceDifference
{
    private const string Space = " ";

    public static IReadOnlyList<DifferenceRun> Of(string currentSource, string matchSource)
    {
        ArgumentNullException.ThrowIfNull(currentSource);
        ArgumentNullException.ThrowIfNull(matchSource);
        var diff = Differ.Instance.CreateDiffs(matchSource, currentSource, ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Instance);
        var runs = new List<DifferenceRun>();
        var current = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(runs, DifferenceKind.Same, diff.PiecesNew, current, block.InsertStartB - current);
            Append(runs, DifferenceKind.Missing, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(runs, DifferenceKind.Added, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            current = block.InsertStartB + block.InsertCountB;
        }

        Append(runs, DifferenceKind.Same, diff.PiecesNew, current, diff.PiecesNew.Count - current);
        return Tidied(runs);
    }

    /// <summary>The tokens compared: inline tags, words and numbers, Han characters, punctuation marks, and single spaces for white space.</summary>
    internal static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var position = 0;
        foreach (var tag in InlineTags.Find(text))
        {
            AddWords(tokens, text, position, tag.Index);
            tokens.Add(text.Substring(tag.Index, tag.Length));
            position = tag.Index + tag.Length;
        }

        AddWords(tokens, text, position, text.Length);
        return tokens;
    }

    private static void AddWords(List<string> tokens, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var length = char.IsWhiteSpace(text[i]) ? SpaceLength(text, i, end)
                : IsWordCharacter(text[i]) ? WordLength(text, i, end)
                : char.IsSurrogatePair(text, i) ? 2 : 1;
            tokens.Add(char.IsWhiteSpace(text[i]) ? Space : text.Substring(i, length));
            i += length;
        }
    }

    private static int SpaceLength(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i - start;
    }

    // Apostrophes and hyphens join letters ("Ministry's", "extra-atmosphérique"); . , : join digits ("3.5", "9:30").
    private static int WordLength(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end)
        {
            if (IsWordCharacter(text[i]))
            {
                i++;
            }
            else if (i + 1 < end && IsWordCharacter(text[i + 1])
                     && (text[i] is '\'' or '\u2019' or '-' || (text[i] is '.' or ',' or ':' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i - start;
    }

    // Letters, digits and marks, except Han characters: Chinese has no spaces, so each character is compared alone.
    private static bool IsWordCharacter(char c) =>
        !IsHan(c) && char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static void Append(List<DifferenceRun> runs, DifferenceKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        Add(runs, kind, string.Concat(pieces.Skip(start).Take(count)));
    }

    /// <summary>
    /// Moves the spaces at the edges of added runs into the same text beside them ("the <ins>big</ins> dog", not
    /// "the <ins>big </ins>dog"), and drops a missing run that is a space only; a missing run keeps its spaces, so
    /// that the words around it stay apart on screen.
    /// </summary>
    private static List<DifferenceRun> Tidied(List<DifferenceRun> runs)
    {
        var tidied = new List<DifferenceRun>();
        foreach (var run in runs)
        {
            var core = run.Text.Trim(' ');
            if (run.Kind != DifferenceKind.Added || core.Length == 0)
            {
                // An added space is the current source's own; a space only the match's source had is nothing to show.
                var kind = run.Kind switch
                {
                    DifferenceKind.Missing when core.Length == 0 => (DifferenceKind?)null,
                    DifferenceKind.Missing => DifferenceKind.Missing,
                    _ => DifferenceKind.Same,
                };
                Add(tidied, kind, run.Text);
                continue;
            }

            var leading = run.Text.Length - run.Text.TrimStart(' ').Length;
            Add(tidied, DifferenceKind.Same, run.Text[..leading]);
            Add(tidied, DifferenceKind.Added, core);
            Add(tidied, DifferenceKind.Same, run.Text[(leading + core.Length)..]);
        }

        return tidied;
    }

    private static void Add(List<DifferenceRun> runs, DifferenceKind? kind, string text)
    {
        if (kind is not { } k || text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Kind == k)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new DifferenceRun(k, text));
        }
    }

    private sealed class TokenChunker : IChunker
    {
        public static TokenChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => Tokens(text);
    }
}
