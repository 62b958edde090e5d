using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.SourceLanguage).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.PublicationScheduledById).HasMaxLength(450);
        builder.Property(r => r.EditVersion).IsConcurrencyToken();

        // The embargo is kept as the wall-clock time and zone the press office gave.
        builder.Property<DateTime?>("_embargoLocalTime").HasColumnName("EmbargoLocalTime");
        builder.Property<string?>("_embargoTimeZoneId").HasColumnName("EmbargoTimeZoneId").HasMaxLength(64);
        builder.Ignore(r => r.Embargo);
        builder.Ignore(r => r.TargetLanguages);
        builder.Ignore(r => r.LatestPublishedVersion);

        builder.HasMany(r => r.Blocks).WithOne().HasForeignKey(b => b.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Segments).WithOne().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Languages).WithOne().HasForeignKey(l => l.ReleaseId).OnDelete(DeleteBehavior.Cascade);

        // Translations also hang off their segment, which cascades in the database; SQL Server allows one cascade path.
        builder.HasMany(r => r.Translations).WithOne().HasForeignKey(t => t.ReleaseId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasMany(r => r.PublishedVersions).WithOne().HasForeignKey(v => v.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
