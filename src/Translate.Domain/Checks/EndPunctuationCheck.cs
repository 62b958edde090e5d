namespace Translate.Domain.Checks;

/// <summary>
/// A translation ends as its source does: a statement with a full stop, a question with a question mark, a label with a
/// colon. Chinese full-width marks (。！？：) are the same marks, as is a French "?" after its no-break space; closing
/// quotes and brackets after the mark do not count.
/// </summary>
internal sealed class EndPunctuationCheck : ITranslationCheck
{
    public const string Code = "check.end-punctuation";

    private static readonly char[] Closers = "\"'’”“»«›)]}」』）》\uFFFC".ToCharArray();

    public IEnumerable<CheckFinding> Run(CheckedPair pair)
    {
        var (source, target) = (End(pair.Source), End(pair.Target));
        if (source.Written.Length > 0 && target.Written.Length > 0 && source.Mark != target.Mark)
        {
            yield return CheckFinding.Warning(
                Code,
                $"The source ends with '{source.Written}' and the translation with '{target.Written}'.",
                ("source", source.Written),
                ("target", target.Written));
        }
    }

    /// <summary>The last visible character of a text, and the end mark it is (none when it is a letter, a digit, a symbol).</summary>
    private static (string Written, char? Mark) End(string text)
    {
        var visible = text.TrimEnd().TrimEnd(Closers).TrimEnd();
        if (visible.EndsWith("...", StringComparison.Ordinal))
        {
            return ("...", '…');
        }

        if (visible.Length == 0)
        {
            return ("", null);
        }

        var last = visible[^1];
        char? mark = last switch
        {
            '.' or '。' or '．' => '.',
            '!' or '！' => '!',
            '?' or '？' => '?',
            ':' or '：' => ':',
            '…' => '…',
            _ => null,
        };
        return (last.ToString(), mark);
    }
}
