namespace Translate.Formats.Interchange;

/// <summary>What an inline code stands for in the original document, so that it survives a trip through a CAT tool.</summary>
public enum InlineKind
{
    Bold,
    Italic,
    Underline,
    Link,
    LineBreak,

    /// <summary>A code another tool wrote that is none of the above; kept so it comes back in the target.</summary>
    Other,
}

/// <summary>One piece of an <see cref="InlineText"/>: a run of text or an inline code.</summary>
public abstract record InlinePart;

public sealed record TextRun(string Text) : InlinePart;

/// <summary>The start of a paired code (bold, italic, underline, link); a link carries its address.</summary>
public sealed record OpeningCode(string Id, InlineKind Kind, string? Href = null) : InlinePart;

/// <summary>The end of the paired code opened with the same id.</summary>
public sealed record ClosingCode(string Id) : InlinePart;

/// <summary>A code with no content of its own, such as a line break.</summary>
public sealed record StandaloneCode(string Id, InlineKind Kind) : InlinePart;
