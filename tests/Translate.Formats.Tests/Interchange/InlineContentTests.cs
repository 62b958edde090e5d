using System.Text;
using System.Xml;
using System.Xml.Linq;
using Translate.Formats.Interchange;

namespace Translate.Formats.Tests.Interchange;

public class InlineContentTests
{
    // A reading of <b> as a bold code around its content and <br/> as a line break, enough to walk with.
    private static readonly InlineContent.ElementReader Bold = (element, builder, line, walkInside) =>
    {
        if (element.Name.LocalName == "br")
        {
            builder.Standalone("br", InlineKind.LineBreak);
            return;
        }

        builder.Open(element.Name.LocalName, InlineKind.Bold);
        walkInside();
        builder.Close(element.Name.LocalName);
    };

    [Fact]
    public void Read_TextAndElements_GivesTextRunsAndWhatTheFormatMakesOfEachElement()
    {
        var content = XElement.Parse("<seg>A <b>bold<!-- a comment --><br/></b> word<?pi passed over?>.</seg>");

        var text = InlineContent.Read(content, "u1", Bold);

        InlinePart[] expected =
        [
            new TextRun("A "), new OpeningCode("b", InlineKind.Bold), new TextRun("bold"), new StandaloneCode("br", InlineKind.LineBreak),
            new ClosingCode("b"), new TextRun(" word."),
        ];
        Assert.Equal(expected, text.Parts);
    }

    [Fact]
    public void Read_ElementsNestedDeeperThanTheLimit_AreRefusedForTheUnit()
    {
        var content = new XElement("seg");
        var inner = content;
        for (var i = 0; i <= InlineBuilder.MaxDepth; i++)
        {
            var next = new XElement("b");
            inner.Add(next);
            inner = next;
        }

        var refusal = Assert.Throws<InterchangeFormatException>(() => InlineContent.Read(content, "deep", Bold));

        Assert.Equal(("interchange.broken-inline", "deep"), (refusal.Problem?.Code, refusal.Problem?.Values["unit"]));
    }

    [Fact]
    public void Write_Parts_WritesTheTextAndLeavesEachCodeToTheFormat()
    {
        var text = new InlineText(
        [
            new TextRun("A "), new OpeningCode("1", InlineKind.Bold), new TextRun("bold"), new ClosingCode("1"),
            new StandaloneCode("2", InlineKind.LineBreak), new TextRun("<next>"),
        ]);
        var written = new StringBuilder();

        using (var xml = XmlWriter.Create(written, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
        {
            xml.WriteStartElement("seg");
            InlineContent.Write(
                xml,
                text,
                code => xml.WriteStartElement("b" + code.Id),
                xml.WriteFullEndElement,
                code => xml.WriteElementString("br" + code.Id, ""));
            xml.WriteEndElement();
        }

        Assert.Equal("<seg>A <b1>bold</b1><br2 />&lt;next&gt;</seg>", written.ToString());
    }
}
