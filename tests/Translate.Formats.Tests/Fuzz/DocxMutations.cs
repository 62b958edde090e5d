using System.IO.Compression;
using System.Xml.Linq;

namespace Translate.Formats.Tests.Fuzz;

/// <summary>
/// What real Word files hold that a reader may not expect, and damage they arrive with, applied at random places of a
/// real document: unknown elements and attributes in paragraphs and runs, content controls, alternate content, a
/// truncated part, shuffled, dropped or corrupted zip entries.
/// </summary>
internal static class DocxMutations
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace Fuzz = "urn:translate:fuzz";

    public static readonly (string Name, Func<byte[], Random, byte[]> Mutate)[] All =
    [
        ("unknown element in a paragraph", (d, r) => EditMain(d, r, (p, _) => p.Add(new XElement(Fuzz + "mark", new XAttribute("kind", "x"), new XElement(Fuzz + "inner", "words"))))),
        ("unknown element in a run", (d, r) => EditMain(d, r, (p, rnd) => Pick(p.Descendants(W + "r"), rnd)?.AddFirst(new XElement(Fuzz + "glyph", "§")))),
        ("unknown Word element in a run", (d, r) => EditMain(d, r, (p, rnd) => Pick(p.Descendants(W + "r"), rnd)?.Add(new XElement(W + "futureThing", new XAttribute(W + "val", "1"))))),
        ("unknown attributes", (d, r) => EditMain(d, r, (p, rnd) =>
        {
            p.SetAttributeValue(Fuzz + "note", "x");
            Pick(p.Descendants(W + "t"), rnd)?.SetAttributeValue(W + "odd", "yes");
        })),
        ("content control around a run", (d, r) => EditMain(d, r, (p, rnd) => Wrap(Pick(p.Elements(W + "r"), rnd), run =>
            new XElement(W + "sdt", new XElement(W + "sdtPr", new XElement(W + "alias", new XAttribute(W + "val", "Fuzz"))), new XElement(W + "sdtContent", run))))),
        ("content control around a paragraph", (d, r) => EditMain(d, r, (p, _) => Wrap(p, para =>
            new XElement(W + "sdt", new XElement(W + "sdtContent", para))))),
        ("alternate content around a run", (d, r) => EditMain(d, r, (p, rnd) => Wrap(Pick(p.Elements(W + "r"), rnd), run =>
            new XElement(Mc + "AlternateContent", new XAttribute(XNamespace.Xmlns + "mc", Mc.NamespaceName),
                new XElement(Mc + "Choice", new XAttribute("Requires", "w14"), new XElement(run)),
                new XElement(Mc + "Fallback", new XElement(run)))))),
        ("empty run and empty paragraph", (d, r) => EditMain(d, r, (p, _) =>
        {
            p.Add(new XElement(W + "r"));
            p.AddAfterSelf(new XElement(W + "p"));
        })),
        ("paragraph inside a run", (d, r) => EditMain(d, r, (p, rnd) => Pick(p.Descendants(W + "r"), rnd)?.Add(new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", "Nested.")))))),
        ("custom XML and smart tag around a run", (d, r) => EditMain(d, r, (p, rnd) => Wrap(Pick(p.Elements(W + "r"), rnd), run =>
            new XElement(W + "customXml", new XAttribute(W + "element", "fuzz"), new XElement(W + "smartTag", run))))),
        ("tracked changes around runs", (d, r) => EditMain(d, r, (p, rnd) =>
        {
            Wrap(Pick(p.Elements(W + "r"), rnd), run => new XElement(W + "ins", new XAttribute(W + "id", "901"), run));
            Wrap(Pick(p.Elements(W + "r"), rnd), run => new XElement(W + "del", new XAttribute(W + "id", "902"), run));
        })),
        ("field begun and never ended", (d, r) => EditMain(d, r, (p, _) =>
            p.Add(new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "begin"))),
                new XElement(W + "r", new XElement(W + "instrText", " HYPERLINK \"x\" "))))),
        ("field ended and never begun", (d, r) => EditMain(d, r, (p, _) =>
            p.AddFirst(new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "end")))))),
        ("hyperlink to a missing relationship", (d, r) => EditMain(d, r, (p, rnd) => Wrap(Pick(p.Elements(W + "r"), rnd), run =>
            new XElement(W + "hyperlink", new XAttribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"), "rIdFuzz"), run)))),
        ("text outside a run", (d, r) => EditMain(d, r, (p, _) => p.Add(new XElement(W + "t", "Loose words.")))),
        ("run inside a run", (d, r) => EditMain(d, r, (p, rnd) => Pick(p.Elements(W + "r"), rnd)?.Add(new XElement(W + "r", new XElement(W + "t", "Inner."))))),
        ("unknown wrapper inside a hyperlink", (d, r) => EditMain(d, r, (p, rnd) => Wrap(Pick(p.Descendants(W + "hyperlink").SelectMany(h => h.Elements(W + "r")), rnd), run =>
            new XElement(Fuzz + "wrapper", run)))),
        ("content control around a table cell or row", (d, r) => EditMain(d, r, (p, _) => Wrap(p.Ancestors(W + "tc").FirstOrDefault() ?? p.Ancestors(W + "tr").FirstOrDefault(), cell =>
            new XElement(W + "sdt", new XElement(W + "sdtContent", cell))))),
        ("paragraph properties out of place", (d, r) => EditMain(d, r, (p, _) => p.Add(new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", "NoSuchStyle")))))),
        ("truncated part", (d, r) => EditEntry(d, r, bytes => bytes[..r.Next(bytes.Length)])),
        ("corrupted bytes in a part", (d, r) => EditEntry(d, r, bytes => TextMutations.Flip(bytes, r, 8))),
        ("shuffled zip entries", Shuffle),
        ("dropped zip entry", Drop),
        ("truncated file", (d, r) => d[..r.Next(d.Length)]),
        ("corrupted file bytes", (d, r) => TextMutations.Flip(d, r, 16)),
    ];

    private static T? Pick<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        return list.Count == 0 ? default : list[random.Next(list.Count)];
    }

    private static void Wrap(XElement? element, Func<XElement, XElement> wrapper)
    {
        if (element is not null)
        {
            element.ReplaceWith(wrapper(new XElement(element)));
        }
    }

    /// <summary>The document part with one to three random paragraphs (of its body, tables and text boxes) edited.</summary>
    private static byte[] EditMain(byte[] docx, Random random, Action<XElement, Random> edit) =>
        Rewrite(docx, (name, bytes) =>
        {
            if (name != "word/document.xml")
            {
                return bytes;
            }

            var xml = XDocument.Load(new MemoryStream(bytes));
            for (var i = 0; i < 1 + random.Next(3); i++)
            {
                // Found again each time: an edit may have replaced the paragraph an earlier one picked.
                if (Pick(xml.Descendants(W + "p"), random) is { } paragraph)
                {
                    edit(paragraph, random);
                }
            }

            using var output = new MemoryStream();
            xml.Save(output);
            return output.ToArray();
        });

    /// <summary>One random entry's bytes edited.</summary>
    private static byte[] EditEntry(byte[] docx, Random random, Func<byte[], byte[]> edit)
    {
        var names = Names(docx);
        var target = names[random.Next(names.Count)];
        return Rewrite(docx, (name, bytes) => name == target && bytes.Length > 0 ? edit(bytes) : bytes);
    }

    private static byte[] Shuffle(byte[] docx, Random random)
    {
        var entries = Entries(docx);
        return Zip([.. entries.OrderBy(_ => random.Next())]);
    }

    private static byte[] Drop(byte[] docx, Random random)
    {
        var entries = Entries(docx);
        entries.RemoveAt(random.Next(entries.Count));
        return Zip(entries);
    }

    private static byte[] Rewrite(byte[] docx, Func<string, byte[], byte[]> edit) =>
        Zip([.. Entries(docx).Select(e => (e.Name, edit(e.Name, e.Bytes)))]);

    private static List<string> Names(byte[] docx) => [.. Entries(docx).Select(e => e.Name)];

    private static List<(string Name, byte[] Bytes)> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        })];
    }

    private static byte[] Zip(List<(string Name, byte[] Bytes)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
