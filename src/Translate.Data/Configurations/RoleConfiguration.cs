using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Translate.Domain.Users;

namespace Translate.Data.Configurations;

/// <summary>The three roles of DOMAIN.md exist in every database, named as the <see cref="Role"/> values.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Enum.GetValues<Role>().Select(role => new IdentityRole
        {
            Id = RoleNames.Id(role),
            Name = role.ToString(),
            NormalizedName = role.ToString().ToUpperInvariant(),
            ConcurrencyStamp = RoleNames.Id(role),
        }));
}
