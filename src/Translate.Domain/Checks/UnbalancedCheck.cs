using System.Buffers;

namespace Translate.Domain.Checks;

/// <summary>
/// A bracket or quotation mark opened and never closed (or closed and never opened) in the translation. A quotation
/// that runs over several sentences is split across segments, so a family of marks left open in the source may stay
/// open in the translation. The apostrophe ’ is also the English closing single quote, so it is never counted alone.
/// </summary>
internal sealed class UnbalancedCheck : ITranslationCheck
{
    public const string Code = "check.unbalanced";

    private enum Family
    {
        Round,
        Square,
        Curly,
        Book,
        Quote,
        SingleQuote,
    }

    private static readonly (char Open, char Close, Family Family)[] Pairs =
    [
        ('(', ')', Family.Round), ('（', '）', Family.Round), ('[', ']', Family.Square), ('{', '}', Family.Curly),
        ('《', '》', Family.Book), ('〈', '〉', Family.Book), ('「', '」', Family.Quote), ('『', '』', Family.Quote),
    ];

    private static readonly SearchValues<char> Marks = SearchValues.Create("()（）[]{}《》〈〉「」『』«»“”„\"‚‘");

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        if (!pair.VisibleTarget.AsSpan().ContainsAny(Marks))
        {
            yield break;
        }

        var open = Unbalanced(pair.VisibleSource).Select(u => u.Family).ToHashSet();
        foreach (var (mark, _) in Unbalanced(pair.VisibleTarget).Where(u => !open.Contains(u.Family)))
        {
            yield return CheckFinding.Warning(Code, $"The mark '{mark}' is not balanced in the translation.", ("mark", mark.ToString()));
        }
    }

    private static IEnumerable<(char Mark, Family Family)> Unbalanced(string text)
    {
        foreach (var (open, close, family) in Pairs)
        {
            if (Scan(text, open, close, close) is { } mark)
            {
                yield return (mark, family);
            }
        }

        // Guillemets point either way: « » in French, » « in German books; only their counts must agree.
        var (left, right) = (text.Count(c => c == '«'), text.Count(c => c == '»'));
        if (left != right)
        {
            yield return (left > right ? '«' : '»', Family.Quote);
        }

        // German opens with „ and closes with “ (Polish with ”); without „ the marks are English, “ opening and ” closing.
        var double_ = text.Contains('„', StringComparison.Ordinal) ? Scan(text, '„', '“', '”') : Scan(text, '“', '”', '”');
        if (double_ is { } doubleMark)
        {
            yield return (doubleMark, Family.Quote);
        }

        if (text.Count(c => c == '"') % 2 == 1)
        {
            yield return ('"', Family.Quote);
        }

        // German ‚…‘; English ‘…’, where a ’ left over is an apostrophe, so only an unclosed ‘ counts.
        var single = text.Contains('‚', StringComparison.Ordinal) ? Scan(text, '‚', '‘', '‘') : Unclosed(text, '‘', '’');
        if (single is { } singleMark)
        {
            yield return (singleMark, Family.SingleQuote);
        }
    }

    // The first closing mark with nothing open, or else the opening mark left open at the end.
    private static char? Scan(string text, char open, char close, char otherClose)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open)
            {
                depth++;
            }
            else if (c == close || c == otherClose)
            {
                if (depth == 0)
                {
                    return c;
                }

                depth--;
            }
        }

        return depth > 0 ? open : null;
    }

    private static char? Unclosed(string text, char open, char close)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open)
            {
                depth++;
            }
            else if (c == close && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0 ? open : null;
    }
}
