using System.Text;

namespace Translate.Formats.Tests.Fuzz;

/// <summary>
/// Damage and surprises for text files (web pages, Markdown, JSON, XLIFF, TMX, TBX, CSV): cut short, bytes flipped,
/// pieces deleted or repeated, and markup a reader may not expect dropped in at a random place.
/// </summary>
internal static class TextMutations
{
    private static readonly string[] Surprises =
    [
        "<fuzz:mark xmlns:fuzz=\"urn:translate:fuzz\">x</fuzz:mark>", "<unknown attr=\"1\">", "</p>", "<![CDATA[ x ]]>", "<!-- c -->",
        "<?pi x?>", "&amp;", "&#0;", "&#xD800;", "&nosuch;", "<", ">", "\"", "'", "{", "}", "[", "]", ",", ";", ":", "\\", "\\u12", "\0",
        "\uFEFF", "\uD800", "<1>", "</1>", "<2/>", "{0}", "{", "*", "**", "`", "[x](javascript:alert(1))", "<script>", "\r", "\n\n", "\t",
        "<g id=\"9\">", "<ph id=\"1\"/>", "<pc id=\"1\">", "<ec startRef=\"1\"/>", "<bpt i=\"1\">", "<ept i=\"1\"/>", "<tu>", "<tuv xml:lang=\"xx\">",
        "<termEntry>", "<langSet xml:lang=\"fr\">", "<mrk>", "xml:lang=\"\"", "srcLang=\"*all*\"", "version=\"9\"",
    ];

    private static readonly string[] Charsets = ["windows-1252", "iso-8859-1", "shift_jis", "utf-16", "x-user-defined", "gb18030", "no-such-charset", ""];

    public static readonly (string Name, Func<byte[], Random, byte[]> Mutate)[] All =
    [
        ("truncated", (d, r) => d[..r.Next(d.Length)]),
        ("flipped bytes", (d, r) => Flip(d, r, 8)),
        ("deleted slice", (d, r) =>
        {
            var start = r.Next(d.Length);
            var length = r.Next(Math.Min(64, d.Length - start) + 1);
            return [.. d[..start], .. d[(start + length)..]];
        }),
        ("repeated slice", (d, r) =>
        {
            var start = r.Next(d.Length);
            var length = r.Next(Math.Min(256, d.Length - start) + 1);
            return [.. d[..(start + length)], .. d[start..]];
        }),
        ("re-encoded as UTF-16 with a byte-order mark, then flipped", (d, r) =>
        {
            var encoding = r.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Flip([.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(d))], r, 4);
        }),
        ("a charset declared", (d, r) =>
        {
            var charset = Charsets[r.Next(Charsets.Length)];
            var copy = d.ToList();
            copy.InsertRange(r.Next(copy.Count + 1), Encoding.ASCII.GetBytes($"<meta charset=\"{charset}\"><?xml version=\"1.0\" encoding=\"{charset}\"?>"));
            return [.. copy];
        }),
        ("inserted surprises", (d, r) =>
        {
            var copy = d.ToList();
            for (var i = 0; i < 1 + r.Next(4); i++)
            {
                copy.InsertRange(r.Next(copy.Count + 1), Encoding.UTF8.GetBytes(Surprises[r.Next(Surprises.Length)]));
            }

            return [.. copy];
        }),
    ];

    /// <summary>A copy with one to <paramref name="most"/> bytes set to random values.</summary>
    public static byte[] Flip(byte[] bytes, Random random, int most)
    {
        var copy = bytes.ToArray();
        for (var i = 0; i < 1 + random.Next(most); i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
