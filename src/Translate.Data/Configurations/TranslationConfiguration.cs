using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Translations;

namespace Translate.Data.Configurations;

internal sealed class TranslationConfiguration : IEntityTypeConfiguration<Translation>
{
    public void Configure(EntityTypeBuilder<Translation> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Language).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.AssigneeId).HasMaxLength(450);
        builder.Property(t => t.LastEditorId).HasMaxLength(450);
        builder.Property(t => t.ReviewerId).HasMaxLength(450);
        builder.Property(t => t.ReviewComment).HasMaxLength(4000);

        // The version a save was based on must still be the stored one: a concurrent save fails instead of overwriting.
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsDone);

        builder.HasIndex(t => new { t.SegmentId, t.Language }).IsUnique();
        builder.HasIndex(t => new { t.ReleaseId, t.Language });
        builder.HasIndex(t => t.AssigneeId);
        builder.HasOne(t => t.Segment).WithMany().HasForeignKey(t => t.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Revisions).WithOne().HasForeignKey(r => r.TranslationId).OnDelete(DeleteBehavior.Cascade);
    }
}
