using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Checks;
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

        // Owned, so the rules always see a translation with its acknowledgements; their own table, one row each.
        builder.OwnsMany(t => t.Acknowledgements, a =>
        {
            a.ToTable("CheckAcknowledgements");
            a.WithOwner().HasForeignKey("TranslationId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Code).HasMaxLength(100);
            a.Property(x => x.ValuesKey).HasMaxLength(2000);
            a.Property(x => x.Reason).HasMaxLength(CheckAcknowledgement.MaxReasonLength);
            a.Property(x => x.AuthorId).HasMaxLength(450);
        });
    }
}
