using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Data.Glossaries;
using Translate.Domain.Glossaries;

namespace Translate.Data.Configurations;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<StoredGlossaryTerm>
{
    public void Configure(EntityTypeBuilder<StoredGlossaryTerm> builder)
    {
        builder.ToTable("GlossaryTerms");
        builder.HasKey(t => new { t.EntryId, t.Language });
        builder.Property(t => t.Language).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(t => t.Text).HasMaxLength(GlossaryTerm.MaxLength);
        builder.Property(t => t.Note).HasMaxLength(GlossaryTerm.MaxNoteLength);
        builder.HasIndex(t => t.Text);

        // A JSON column, not a table: the variants are only ever read and written with their term (at most 20 of
        // them), never queried on their own, so a child table would cost a join on every glossary read for nothing.
        builder.Property(t => t.ForbiddenVariants)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                s => JsonSerializer.Deserialize<List<string>>(s, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToList()))
            .HasColumnName("ForbiddenVariantsJson");
    }
}
