using System.Xml.Linq;

namespace Translate.Formats.Interchange;

/// <summary>
/// The walk every interchange reader makes over a source, target or segment: its text becomes text, comments and
/// processing instructions are passed over, and each element, refused when nested deeper than
/// <see cref="InlineBuilder.MaxDepth"/>, goes to the format's reading of it.
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
}
