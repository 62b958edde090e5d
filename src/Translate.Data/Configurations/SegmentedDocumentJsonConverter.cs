using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Translate.Domain.Documents;

namespace Translate.Data.Configurations;

/// <summary>
/// Stores a document as JSON of its own stable shape (kind and segments per block),
/// so a published snapshot reads back the same whatever the domain types become.
/// </summary>
internal sealed class SegmentedDocumentJsonConverter() : ValueConverter<SegmentedDocument, string>(
    document => Serialize(document),
    json => Deserialize(json))
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static string Serialize(SegmentedDocument document) =>
        JsonSerializer.Serialize(document.Blocks.Select(b => new StoredBlock(b.Kind.ToString(), b.Segments)).ToList(), Options);

    private static SegmentedDocument Deserialize(string json) =>
        new((JsonSerializer.Deserialize<List<StoredBlock>>(json, Options) ?? [])
            .Select(b => new SegmentedBlock(Enum.Parse<BlockKind>(b.Kind), b.Segments))
            .ToList());

    private sealed record StoredBlock(string Kind, IReadOnlyList<string> Segments);
}
