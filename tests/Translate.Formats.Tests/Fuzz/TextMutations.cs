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
