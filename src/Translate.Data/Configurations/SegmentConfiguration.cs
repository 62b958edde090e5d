using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Releases;

namespace Translate.Data.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();

        // Not unique: numbers shift when the source changes, and updates are not ordered to avoid clashes.
        builder.HasIndex(s => new { s.ReleaseId, s.Number });

        // Blocks are replaced when the source changes; segments move to the new ones first, so never cascade.
        builder.HasOne(s => s.Block).WithMany().HasForeignKey(s => s.BlockId).OnDelete(DeleteBehavior.Restrict);
    }
}
