using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

internal sealed class PublishedDocumentConfiguration : IEntityTypeConfiguration<PublishedDocument>
{
    public void Configure(EntityTypeBuilder<PublishedDocument> builder)
    {
        builder.ToTable("PublishedDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Language).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);

        // A snapshot is read and written whole, never queried inside: one JSON document per language.
        builder.Property(d => d.Content).HasConversion<SegmentedDocumentJsonConverter>();
    }
}
