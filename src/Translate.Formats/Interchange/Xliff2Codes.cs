namespace Translate.Formats.Interchange;

/// <summary>Inline kinds as XLIFF 2's type and subType attributes of &lt;pc&gt; and &lt;ph&gt;.</summary>
internal static class Xliff2Codes
{
    public static (string? Type, string? SubType) Write(InlineKind kind) => kind switch
    {
        InlineKind.Bold => ("fmt", "xlf:b"),
        InlineKind.Italic => ("fmt", "xlf:i"),
        InlineKind.Underline => ("fmt", "xlf:u"),
        InlineKind.LineBreak => ("fmt", "xlf:lb"),
        InlineKind.Link => ("link", null),
        _ => (null, null),
    };

    public static InlineKind Read(string? type, string? subType) => (type, subType) switch
    {
        (_, "xlf:b") => InlineKind.Bold,
        (_, "xlf:i") => InlineKind.Italic,
        (_, "xlf:u") => InlineKind.Underline,
        (_, "xlf:lb") => InlineKind.LineBreak,
        ("link", _) => InlineKind.Link,
        _ => InlineKind.Other,
    };
}
