using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Translations;

namespace Translate.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.OldState).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.NewState).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.TranslationId, r.At });
    }
}
