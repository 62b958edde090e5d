using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Data.Glossaries;
using Translate.Domain.Glossaries;

namespace Translate.Data.Configurations;

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<StoredGlossaryEntry>
{
    public void Configure(EntityTypeBuilder<StoredGlossaryEntry> builder)
    {
        builder.ToTable("GlossaryEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Note).HasMaxLength(GlossaryEntry.MaxNoteLength);
        builder.Property(e => e.Subject).HasMaxLength(GlossaryEntry.MaxSubjectLength);
        builder.Property(e => e.Headword).HasMaxLength(GlossaryTerm.MaxLength);
        builder.HasIndex(e => e.Headword);
        builder.Property(e => e.UpdatedById).HasMaxLength(450);

        // Two editors saving the same entry: the second save finds another version and fails instead of overwriting.
        builder.Property(e => e.Version).IsConcurrencyToken();

        builder.HasMany(e => e.Terms).WithOne().HasForeignKey(t => t.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
