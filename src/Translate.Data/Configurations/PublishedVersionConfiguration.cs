using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

internal sealed class PublishedVersionConfiguration : IEntityTypeConfiguration<PublishedVersion>
{
    public void Configure(EntityTypeBuilder<PublishedVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.PublishedById).HasMaxLength(450);
        builder.HasIndex(v => new { v.ReleaseId, v.Number }).IsUnique();
        builder.HasMany(v => v.Documents).WithOne().HasForeignKey(d => d.PublishedVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
