using System.Xml;
using System.Xml.Linq;

namespace Translate.Formats.Interchange;

/// <summary>
/// The walks every interchange format makes over a source, target or segment, so that each format only says what its
/// elements are. Reading, text becomes text, comments and processing instructions are passed over, and each element,
/// refused when nested deeper than <see cref="InlineBuilder.MaxDepth"/>, goes to the format's reading of it; writing,
/// text is written as text and each code as the format writes it.
/// </summary>
internal static class InlineContent
{
    /// <summary>
    /// What a format makes of one inline element met at <paramref name="line"/>; <paramref name="walkInside"/> reads
    /// the element's own content, for the elements that hold words.
    /// </summary>
    public delegate void ElementReader(XElement element, InlineBuilder builder, int line, Action walkInside);

    public static InlineText Read(XElement content, string unitId, ElementReader readElement)
    {
        var builder = new InlineBuilder(unitId);
        Walk(content, builder, readElement, depth: 1);
        return builder.Build(SafeXml.Line(content));
    }

    private static void Walk(XElement container, InlineBuilder builder, ElementReader readElement, int depth)
    {
        foreach (var node in container.Nodes())
        {
            if (node is XText text)
            {
                builder.Text(text.Value);
            }
            else if (node is XElement element)
            {
                var line = SafeXml.Line(element);
                builder.CheckDepth(depth, line);
                readElement(element, builder, line, () => Walk(element, builder, readElement, depth + 1));
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> as the content of the element the writer has just opened.</summary>
    public static void Write(XmlWriter xml, InlineText text, Action<OpeningCode> opening, Action closing, Action<StandaloneCode> standalone)
    {
        // Marks the content as mixed before any code, so the indenting writer adds no whitespace inside it.
        xml.WriteString("");
        foreach (var part in text.Parts)
        {
            switch (part)
            {
                case TextRun run:
                    xml.WriteString(run.Text);
                    break;
                case OpeningCode code:
                    opening(code);
                    break;
                case ClosingCode:
                    closing();
                    break;
                case StandaloneCode code:
                    standalone(code);
                    break;
            }
        }
    }
}
