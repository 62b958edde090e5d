namespace Translate.Domain.Memory;

/// <summary>
/// One token of a segment for matching: a word, a number, a punctuation mark, an inline tag or one Chinese character.
/// <see cref="Key"/> is what edit distance compares (lower-cased, tag numbers removed); <see cref="Text"/> and
/// <see cref="SpaceBefore"/> keep what the key forgets, so formal differences still cost a little.
/// </summary>
public readonly record struct MemoryToken(string Key, string Text, bool SpaceBefore)
{
    public bool IsTag => Key[0] == '<' && Key.Length > 1;
}
