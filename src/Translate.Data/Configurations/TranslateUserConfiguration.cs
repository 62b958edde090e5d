using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Translate.Data.Configurations;

internal sealed class TranslateUserConfiguration : IEntityTypeConfiguration<TranslateUser>
{
    public void Configure(EntityTypeBuilder<TranslateUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.UiCulture).HasMaxLength(20);
        builder.PrimitiveCollection(u => u.WorkingLanguages).ElementType(e => e.HasConversion<LanguageConverter>());
    }
}
