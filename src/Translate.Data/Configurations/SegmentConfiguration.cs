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

        // Blocks are replaced when the source changes: kept segments move to the new blocks first, removed ones
        // go with their old block. Client-side only, since SQL Server allows a single cascade path from a release.
        builder.HasOne(s => s.Block).WithMany().HasForeignKey(s => s.BlockId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
