using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

internal sealed class ReleaseLanguageConfiguration : IEntityTypeConfiguration<ReleaseLanguage>
{
    public void Configure(EntityTypeBuilder<ReleaseLanguage> builder)
    {
        builder.ToTable("ReleaseLanguages");
        builder.HasKey(l => new { l.ReleaseId, l.Language });
        builder.Property(l => l.Language).HasConversion<LanguageConverter>().HasMaxLength(LanguageConverter.MaxLength);
        builder.Property(l => l.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.SubmittedById).HasMaxLength(450);
        builder.Property(l => l.ApprovedById).HasMaxLength(450);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.IsApproved);
    }
}
