using Translate.Domain.Documents;

namespace Translate.Domain.Releases;

/// <summary>
/// The file a release's source was read from (a Word document, a web page, Markdown), kept byte for byte so that each
/// language can be rebuilt in the same format with the same styles and structure. Never changed: a new upload is a
/// new source document, and published versions keep pointing at the one they were made from.
/// </summary>
public sealed class SourceDocument
{
    private SourceDocument()
    {
        FileName = string.Empty;
        Content = [];
    }

    public SourceDocument(string fileName, SourceFormat format, byte[] content, DateTimeOffset uploadedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        Id = Guid.CreateVersion7(uploadedAt);
        FileName = Path.GetFileName(fileName);
        Format = format;
        Content = content;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The release whose source this is; set when the release takes it as its source.</summary>
    public Guid ReleaseId { get; private set; }

    public string FileName { get; private set; }

    public SourceFormat Format { get; private set; }

#pragma warning disable CA1819 // The file's bytes, stored and returned whole.
    public byte[] Content { get; private set; }
#pragma warning restore CA1819

    public DateTimeOffset UploadedAt { get; private set; }

    internal void BelongTo(Guid releaseId) => ReleaseId = releaseId;
}
