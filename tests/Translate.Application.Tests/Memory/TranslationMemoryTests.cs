using Microsoft.EntityFrameworkCore;
using Translate.Application.Memory;
using Translate.Application.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Memory;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests.Memory;

public sealed class TranslationMemoryTests : ApplicationTest
{
    private MemoryStore Memory => App.Get<MemoryStore>();

    private MemoryExchange Exchange => App.Get<MemoryExchange>();

    [Fact]
    public async Task Approve_PutsEveryApprovedPairInTheMemoryWithItsContextAndAuthor()
    {
        var id = await ApprovedFrenchSampleAsync();

        await using var db = App.NewContext();
        var units = await db.MemoryUnits.ToListAsync();
        var title = units.Single(u => u.SourceText == SampleRelease.Segments[0].Text[Language.En]);
        Assert.Equal(SampleRelease.Segments.Select(s => (s.Text[Language.En], s.Text[Language.Fr])).Distinct().Count(), units.Count);
        Assert.All(units, u => Assert.Equal((Language.En, Language.Fr, "Françoise", SampleRelease.Title), (u.SourceLanguage, u.TargetLanguage, u.Author, u.ReleaseTitle)));
        Assert.Equal((SampleRelease.Segments[0].Text[Language.Fr], (string?)null, SampleRelease.Segments[1].Text[Language.En]),
            (title.TargetText, title.PreviousSourceText, title.NextSourceText));
        Assert.Equal((await LoadAsync(id)).Slug, title.ReleaseSlug);
    }

    [Fact]
    public async Task Approve_FeedsTheIndex_SoTheNextLookupFindsTheSegmentInContext()
    {
        Assert.Empty(await Memory.MatchesAsync(SampleRelease.Segments[1].Text[Language.En], null, null, Language.En, Language.Fr));

        await ApprovedFrenchSampleAsync();

        var matches = await Memory.MatchesAsync(SampleRelease.Segments[1].Text[Language.En],
            SampleRelease.Segments[0].Text[Language.En], SampleRelease.Segments[2].Text[Language.En], Language.En, Language.Fr);
        Assert.Equal((MatchScorer.InContext, SampleRelease.Segments[1].Text[Language.Fr]), (matches[0].Score, matches[0].Unit.TargetText));
    }

    [Fact]
    public async Task Approve_APairAlreadyInTheMemory_ReplacesItWithTheNewerOne()
    {
        await ApprovedFrenchSampleAsync();
        await using var before = App.NewContext();
        var count = await before.MemoryUnits.CountAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));

        await ApprovedFrenchSampleAsync();

        await using var db = App.NewContext();
        var units = await db.MemoryUnits.ToListAsync();
        Assert.Equal(count, units.Count);
        Assert.All(units, u => Assert.Equal(Steps.Now.AddDays(1), u.ApprovedAt));
        var matches = await Memory.MatchesAsync(new MemoryQuery(SampleRelease.Title, Language.En, Language.Fr) { MaximumResults = 10 });
        Assert.Single(matches, m => m.Score >= MatchScorer.Exact);
    }

    [Fact]
    public async Task StartTranslation_FillsExactMatchesAsTranslatedFromTheMemory_AndLeavesTheRest()
    {
        await ApprovedFrenchSampleAsync();
        var paragraphs = SampleRelease.Text(Language.En).Split("\n\n");
        var changed = paragraphs[1].Replace("in Luxembourg", "in Esch-sur-Alzette", StringComparison.Ordinal);
        var release = await Releases.CreateAsync(People.Ben.Id, new NewRelease("Space again", Language.En, null, new DateOnly(2026, 12, 3), null,
            paragraphs[0] + "\n\n" + changed));

        var fill = await Releases.StartTranslationAsync(People.Ben.Id, release.Id);

        Assert.Equal((1, 0, 1), (fill.Filled[Language.Fr], fill.Filled[Language.De], fill.Total));
        var title = await TranslationAsync(release.Id, 1, Language.Fr);
        Assert.Equal((SampleRelease.Segments[0].Text[Language.Fr], TranslationState.Translated), (title.Text, title.State));
        Assert.Equal(RevisionOrigin.Memory, Assert.Single(title.Revisions).Origin);
        Assert.Equal(TranslationState.Empty, (await TranslationAsync(release.Id, 2, Language.Fr)).State);
        Assert.Equal(TranslationState.Empty, (await TranslationAsync(release.Id, 1, Language.De)).State);
    }

    [Fact]
    public async Task FillFromMemory_ByAnEditor_FillsEmptyTranslationsAndKeepsTyped()
    {
        var later = await AssignedSampleAsync();
        await SaveAsync(later, 2, Language.Fr, "Mon sous-titre", state: TranslationState.Draft);
        await ApprovedFrenchSampleAsync();

        var fill = await Releases.FillFromMemoryAsync(People.Ben.Id, later);

        Assert.Equal(SampleRelease.Segments.Count - 1, fill.Filled[Language.Fr]);
        Assert.Equal(TranslationState.Translated, (await TranslationAsync(later, 1, Language.Fr)).State);
        Assert.Equal(("Mon sous-titre", TranslationState.Draft), ((await TranslationAsync(later, 2, Language.Fr)).Text, (await TranslationAsync(later, 2, Language.Fr)).State));
    }

    [Fact]
    public async Task FillFromMemory_ByATranslator_IsRefused()
    {
        var id = await AssignedSampleAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Releases.FillFromMemoryAsync(People.Francoise.Id, id));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
    }

    [Fact]
    public async Task ExportTmx_ThenImport_ReadsBackEveryPairAndReplacesInsteadOfDuplicating()
    {
        await ApprovedFrenchSampleAsync();
        await using var before = App.NewContext();
        var count = await before.MemoryUnits.CountAsync();

        var file = await Exchange.ExportTmxAsync(People.Anna.Id, Language.En, Language.Fr);
        var entries = TmxReader.Read(new MemoryStream(file.Content), ReaderLimits.Default);
        var imported = await Exchange.ImportTmxAsync(People.Anna.Id, new MemoryStream(file.Content), file.Content.Length);

        Assert.Equal(("memory-en-fr.tmx", count), (file.FileName, entries.Count));
        Assert.Contains(entries, e => TaggedText.FromInline(e.Target) == SampleRelease.Segments[0].Text[Language.Fr] && e.Author == "Françoise");
        Assert.Equal(new MemoryImport(0, count, 0), imported);
        await using var db = App.NewContext();
        Assert.Equal(count, await db.MemoryUnits.CountAsync());
    }

    [Fact]
    public async Task ImportTmx_NewPairs_AreAddedAndFoundByTheIndex()
    {
        var tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
            <body>
              <tu creationid="Lena"><tuv xml:lang="en"><seg>Press contact</seg></tuv><tuv xml:lang="lb"><seg>Pressekontakt</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>Press contact</seg></tuv><tuv xml:lang="lb"><seg>Pressekontakt</seg></tuv></tu>
            </body></tmx>
            """;
        var bytes = System.Text.Encoding.UTF8.GetBytes(tmx);

        var imported = await Exchange.ImportTmxAsync(People.Anna.Id, new MemoryStream(bytes), bytes.Length);

        Assert.Equal(new MemoryImport(1, 0, 1), imported);
        var match = Assert.Single(await Memory.MatchesAsync("Press contact", null, null, Language.En, Language.Lb));
        Assert.Equal(("Pressekontakt", "Lena"), (match.Unit.TargetText, match.Unit.Author));
    }

    [Fact]
    public async Task ImportTmx_ByATranslator_IsRefused()
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Exchange.ImportTmxAsync(People.Francoise.Id, new MemoryStream([1]), 1));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
    }

    [Fact]
    public async Task ImportTmx_AFileInAnotherLanguage_IsRefusedAndAddsNothing()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("""
            <tmx version="1.4"><header srclang="es" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
            <body><tu><tuv xml:lang="es"><seg>Hola</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu></body></tmx>
            """);

        await Assert.ThrowsAsync<InterchangeFormatException>(() => Exchange.ImportTmxAsync(People.Anna.Id, new MemoryStream(bytes), bytes.Length));

        await using var db = App.NewContext();
        Assert.Empty(db.MemoryUnits);
    }

    [Fact]
    public async Task Search_FindsUnitsByTheirWordsAndLanguages_NewestFirstByPage()
    {
        await ApprovedFrenchSampleAsync();

        var found = await Memory.SearchAsync("space resources", Language.En, Language.Fr);
        var none = await Memory.SearchAsync("space resources", Language.En, Language.De);
        var all = await Memory.SearchAsync(null, null, null);

        Assert.NotEmpty(found.Units);
        Assert.All(found.Units, u => Assert.True(u.SourceText.Contains("space", StringComparison.OrdinalIgnoreCase) && u.SourceText.Contains("resources", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(found.Units.Count, found.Total);
        Assert.Equal(0, none.Total);
        Assert.Equal((1, Math.Min(all.Total, MemoryStore.PageSize)), (all.Page, all.Units.Count));
    }

    /// <summary>The sample, its French typed by Françoise, submitted and approved by Ben; its id.</summary>
    private async Task<Guid> ApprovedFrenchSampleAsync()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.ApproveAsync(People.Ben.Id, id, Language.Fr);
        return id;
    }
}
