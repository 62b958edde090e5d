using System.IO.Compression;
using System.Xml.Linq;
using Translate.Domain.Languages;
using static Translate.Formats.Tests.Docx.DocxFixtures;

namespace Translate.Formats.Tests.Docx;

/// <summary>What the reader does not expect in a paragraph is carried through a merge untouched.</summary>
public class DocxUnexpectedContentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Other = "urn:translate:other";

    [Fact]
    public void Merge_AnUnknownElementAndARunWhereWordAllowsNone_AreKeptAsTheyWere()
    {
        var original = WithFirstParagraph(PressRelease, paragraph =>
        {
            var run = paragraph.Elements(W + "r").First();
            run.ReplaceWith(new XElement(W + "customXml", new XAttribute(W + "element", "x"), new XElement(W + "smartTag", new XElement(run))));
            paragraph.Add(new XElement(Other + "mark", new XAttribute("kind", "note"), "kept"));
        });

        var english = Read(original);
        var merged = Merge(original, english, Language.Fr);

        var paragraph = FirstParagraph(merged);
        Assert.Single(paragraph.Elements(Other + "mark"), m => m.Value == "kept" && (string?)m.Attribute("kind") == "note");
        Assert.Single(paragraph.Descendants(W + "smartTag"));
    }

    private static byte[] WithFirstParagraph(byte[] docx, Action<XElement> edit)
    {
        using var copy = new MemoryStream();
        copy.Write(docx);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument xml;
            using (var stream = entry.Open())
            {
                xml = XDocument.Load(stream);
            }

            edit(xml.Descendants(W + "p").First(p => p.Elements(W + "r").Any()));
            entry.Delete();
            using var output = zip.CreateEntry("word/document.xml").Open();
            xml.Save(output);
        }

        return copy.ToArray();
    }

    private static XElement FirstParagraph(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Descendants(W + "p").First(p => p.Elements(W + "r").Any() || p.Elements(Other + "mark").Any());
    }
}
