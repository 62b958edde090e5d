using Translate.Domain.Documents;
using Translate.Domain.Languages;

namespace Translate.Domain.Releases;

/// <summary>The finished text of one language in a published version, block by block.</summary>
public sealed class PublishedDocument
{
    private PublishedDocument()
    {
        Content = null!;
    }

    internal PublishedDocument(Language language, bool isSource, SegmentedDocument content)
    {
        Id = Guid.CreateVersion7();
        Language = language;
        IsSource = isSource;
        Content = content;
    }

    public Guid Id { get; private set; }

    public Guid PublishedVersionId { get; private set; }

    public Language Language { get; private set; }

    public bool IsSource { get; private set; }

    public SegmentedDocument Content { get; private set; }
}
