namespace Translate.Formats.Interchange;

/// <summary>Inline kinds as TMX 1.4b's type attribute of &lt;bpt&gt; and &lt;ph&gt;.</summary>
internal static class TmxCodes
{
    public static string? Write(InlineKind kind) => kind switch
    {
        InlineKind.Bold => "bold",
        InlineKind.Italic => "italic",
        InlineKind.Underline => "ulined",
        InlineKind.Link => "link",
        InlineKind.LineBreak => "lb",
        _ => null,
    };

    public static InlineKind Read(string? type) => type switch
    {
        "bold" => InlineKind.Bold,
        "italic" => InlineKind.Italic,
        "ulined" => InlineKind.Underline,
        "link" => InlineKind.Link,
        "lb" => InlineKind.LineBreak,
        _ => InlineKind.Other,
    };
}
