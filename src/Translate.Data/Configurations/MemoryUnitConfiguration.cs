using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Memory;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

/// <summary>
/// The translation memory's units, mapped as the domain's immutable record: EF binds the constructor's parameters
/// to the columns of the same names and sets the rest through their backing fields.
/// </summary>
internal sealed class MemoryUnitConfiguration : IEntityTypeConfiguration<MemoryUnit>
{
    public void Configure(EntityTypeBuilder<MemoryUnit> builder)
    {
        builder.ToTable("MemoryUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.SourceLanguage).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(u => u.TargetLanguage).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(u => u.SourceText);
        builder.Property(u => u.TargetText);
        builder.Property(u => u.ApprovedAt);
        builder.Property(u => u.PreviousSourceText);
        builder.Property(u => u.NextSourceText);
        builder.Property(u => u.ReleaseSlug).HasMaxLength(Slug.MaxLength);
        builder.Property(u => u.ReleaseTitle).HasMaxLength(500);
        builder.Property(u => u.Author).HasMaxLength(256);

        // The memory is loaded and exported by language pair, newest first.
        builder.HasIndex(u => new { u.SourceLanguage, u.TargetLanguage, u.ApprovedAt });
    }
}
