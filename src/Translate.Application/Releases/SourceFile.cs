using System.Text;
using Translate.Domain.Documents;

namespace Translate.Application.Releases;

/// <summary>A source as an editor gives it: an uploaded file, or text typed in a format (Markdown, HTML), with its bytes.</summary>
public sealed record SourceFile(string FileName, SourceFormat Format, byte[] Content)
{
    /// <summary>Text typed or pasted in a format, kept as the file it would be.</summary>
    public static SourceFile FromText(string fileName, SourceFormat format, string text) =>
        new(fileName, format, Encoding.UTF8.GetBytes(text));
}
