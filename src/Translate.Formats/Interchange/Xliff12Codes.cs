namespace Translate.Formats.Interchange;

/// <summary>Inline kinds as XLIFF 1.2's ctype attribute of &lt;g&gt;, &lt;x/&gt; and the native-code elements.</summary>
internal static class Xliff12Codes
{
    public static string? Write(InlineKind kind) => kind switch
    {
        InlineKind.Bold => "bold",
        InlineKind.Italic => "italic",
        InlineKind.Underline => "underlined",
        InlineKind.Link => "link",
        InlineKind.LineBreak => "lb",
        _ => null,
    };

    public static InlineKind Read(string? ctype) => ctype switch
    {
        "bold" => InlineKind.Bold,
        "italic" => InlineKind.Italic,
        "underlined" => InlineKind.Underline,
        "link" => InlineKind.Link,
        "lb" => InlineKind.LineBreak,
        _ => InlineKind.Other,
    };
}
