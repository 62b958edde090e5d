using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Translate.Data.Glossaries;
using Translate.Domain.Memory;
using Translate.Domain.Releases;
using Translate.Domain.Translations;

namespace Translate.Data;

/// <summary>The one database of Translate: the workflow's tables and ASP.NET Core Identity's, side by side.</summary>
public sealed class TranslateDbContext(DbContextOptions<TranslateDbContext> options) : IdentityDbContext<TranslateUser>(options)
{
    public DbSet<Release> Releases => Set<Release>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<Translation> Translations => Set<Translation>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<PublishedVersion> PublishedVersions => Set<PublishedVersion>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<StoredGlossaryEntry> GlossaryEntries => Set<StoredGlossaryEntry>();

    public DbSet<StoredGlossaryTerm> GlossaryTerms => Set<StoredGlossaryTerm>();
    public DbSet<MemoryUnit> MemoryUnits => Set<MemoryUnit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TranslateDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text it cannot compare or sort; as a number it can.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
