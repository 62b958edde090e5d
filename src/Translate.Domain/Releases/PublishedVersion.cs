namespace Translate.Domain.Releases;

/// <summary>An immutable snapshot of a release as published: one document per language.</summary>
public sealed class PublishedVersion
{
    private readonly List<PublishedDocument> _documents = [];

    private PublishedVersion()
    {
        PublishedById = string.Empty;
    }

    internal PublishedVersion(Guid releaseId, int number, string publishedById, DateTimeOffset publishedAt, IEnumerable<PublishedDocument> documents,
        Guid? sourceDocumentId)
    {
        Id = Guid.CreateVersion7(publishedAt);
        ReleaseId = releaseId;
        Number = number;
        PublishedById = publishedById;
        PublishedAt = publishedAt;
        _documents.AddRange(documents);
        SourceDocumentId = sourceDocumentId;
    }

    public Guid Id { get; private set; }

    public Guid ReleaseId { get; private set; }

    /// <summary>The release version this snapshot is of: 1, then one more for each correction.</summary>
    public int Number { get; private set; }

    public string PublishedById { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>The document the source was read from at publication, which exports rebuild in each language.</summary>
    public Guid? SourceDocumentId { get; private set; }

    public IReadOnlyList<PublishedDocument> Documents => _documents;
}
