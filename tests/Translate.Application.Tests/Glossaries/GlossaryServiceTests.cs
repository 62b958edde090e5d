using System.Text;
using Microsoft.EntityFrameworkCore;
using Translate.Application.Glossaries;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Glossaries;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests.Glossaries;

public sealed class GlossaryServiceTests : ApplicationTest
{
    private GlossaryService Glossary => App.Get<GlossaryService>();

    private GlossaryQueries Queries => App.Get<GlossaryQueries>();

    private static GlossaryEntryDraft Ministry(string french = "ministère de l'Économie") => new(
        [
            new GlossaryTermDraft(Language.En, "Ministry of the Economy"),
            new GlossaryTermDraft(Language.Fr, french, ForbiddenVariants: ["ministère de l'Economie", " "]),
            new GlossaryTermDraft(Language.De, "  "),
        ],
        Note: "The ministry, not the minister.");

    [Fact]
    public async Task Add_ByAnEditor_StoresTheEntryWithoutTheBlankLanguagesAndNamesWhoAddedIt()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());

        var listed = Assert.Single((await Queries.ListAsync()).Entries);
        Assert.Equal([(Language.En, "Ministry of the Economy"), (Language.Fr, "ministère de l'Économie")], listed.Entry.Terms.Select(t => (t.Language, t.Text)));
        Assert.Equal(["ministère de l'Economie"], listed.Entry.TermIn(Language.Fr)!.ForbiddenVariants);
        Assert.Equal((added.Entry.Id, 1, "Anna Editor"), (listed.Entry.Id, listed.Version, listed.UpdatedBy));
    }

    [Fact]
    public async Task Add_ByATranslator_IsForbiddenAndStoresNothing()
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Glossary.AddAsync(People.Francoise.Id, Ministry()));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
        Assert.Equal(0, (await Queries.ListAsync()).Total);
    }

    [Fact]
    public async Task Add_AForbiddenVariantEqualToItsTerm_IsRefusedWithTheGlossaryReason()
    {
        var draft = new GlossaryEntryDraft([new GlossaryTermDraft(Language.Fr, "Luxembourg", ForbiddenVariants: ["luxembourg"])]);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Glossary.AddAsync(People.Anna.Id, draft));

        Assert.Equal("glossary.forbidden-is-term", refused.Refusal.Code);
        Assert.Equal(0, (await Queries.ListAsync()).Total);
    }

    [Fact]
    public async Task Add_WithForbiddenVariantsButNoTerm_IsRefusedAsAnEmptyTerm()
    {
        var draft = new GlossaryEntryDraft([new GlossaryTermDraft(Language.En, "Luxembourg"), new GlossaryTermDraft(Language.Zh, "", ForbiddenVariants: ["卢森堡大公国"])]);

        Assert.Equal("glossary.term-empty", (await Assert.ThrowsAsync<RefusedException>(() => Glossary.AddAsync(People.Anna.Id, draft))).Refusal.Code);
    }

    [Fact]
    public async Task Edit_BasedOnTheStoredVersion_SavesAndMovesTheVersionOn()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());

        var edited = await Glossary.EditAsync(People.Ben.Id, added.Entry.Id, added.Version, Ministry("Ministère de l'Économie"));

        Assert.Equal((2, "Ben Editor", "Ministère de l'Économie"), (edited.Version, edited.UpdatedBy, edited.Entry.TermIn(Language.Fr)!.Text));
    }

    [Fact]
    public async Task Edit_BasedOnAVersionSomeoneElseChanged_IsAConflictShowingTheirVersionAndKeepsIt()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.EditAsync(People.Ben.Id, added.Entry.Id, added.Version, Ministry("ministère de l’Économie"));

        var conflict = await Assert.ThrowsAsync<GlossaryConflictException>(() =>
            Glossary.EditAsync(People.Anna.Id, added.Entry.Id, added.Version, Ministry("Ministère de l'économie")));

        Assert.Equal(("Ben Editor", 2, "ministère de l’Économie"), (conflict.Current!.UpdatedBy, conflict.Current.Version, conflict.Current.Entry.TermIn(Language.Fr)!.Text));
        Assert.Equal("ministère de l’Économie", (await Queries.EntryAsync(added.Entry.Id))!.Entry.TermIn(Language.Fr)!.Text);
    }

    [Fact]
    public async Task Delete_OfAnEntryDeletedMeanwhile_IsAConflictWithoutACurrentVersion()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.DeleteAsync(People.Ben.Id, added.Entry.Id, added.Version);

        var conflict = await Assert.ThrowsAsync<GlossaryConflictException>(() => Glossary.DeleteAsync(People.Anna.Id, added.Entry.Id, added.Version));

        Assert.Null(conflict.Current);
        await using var db = App.NewContext();
        Assert.Empty(await db.GlossaryTerms.ToListAsync());
    }

    [Fact]
    public async Task Delete_ByATranslator_IsForbidden()
    {
        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());

        await Assert.ThrowsAsync<ForbiddenException>(() => Glossary.DeleteAsync(People.Zhang.Id, added.Entry.Id, added.Version));

        Assert.NotNull(await Queries.EntryAsync(added.Entry.Id));
    }

    [Fact]
    public async Task List_WithASearch_FindsEntriesByAnyTermOrNoteInPages()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        foreach (var name in new[] { "CNSA", "NSSC", "MoU" })
        {
            await Glossary.AddAsync(People.Anna.Id, new GlossaryEntryDraft([new GlossaryTermDraft(Language.En, name, CaseSensitive: true)], DoNotTranslate: true));
        }

        Assert.Equal(["Ministry of the Economy"], (await Queries.ListAsync("ÉCONOMIE")).Entries.Select(e => e.Entry.Terms[0].Text));
        Assert.Equal(["Ministry of the Economy"], (await Queries.ListAsync("not the minister")).Entries.Select(e => e.Entry.Terms[0].Text));
        var second = await Queries.ListAsync(page: 2, pageSize: 2);
        Assert.Equal((4, 2), (second.Total, second.Pages));
        Assert.Equal(["MoU", "NSSC"], second.Entries.Select(e => e.Entry.Terms[0].Text));
        Assert.Empty((await Queries.ListAsync("100%")).Entries);
    }

    [Fact]
    public async Task Current_IsKeptUntilTheGlossaryChangesAndThenRebuilt()
    {
        var empty = await Queries.CurrentAsync();
        Assert.Same(empty, await Queries.CurrentAsync());

        var added = await Glossary.AddAsync(People.Anna.Id, Ministry());
        var afterAdd = await Queries.CurrentAsync();
        Assert.Empty(empty.Entries);
        Assert.Single(afterAdd.Find("The Ministry of the Economy said.", Language.En));

        await Glossary.EditAsync(People.Anna.Id, added.Entry.Id, added.Version, new GlossaryEntryDraft([new GlossaryTermDraft(Language.En, "Ministry of Finance")]));
        Assert.Empty((await Queries.CurrentAsync()).Find("The Ministry of the Economy said.", Language.En));

        await Glossary.ImportAsync(People.Anna.Id, "terms.csv", Csv("en,fr\nLuxembourg,Luxembourg\n"));
        Assert.Equal(2, (await Queries.CurrentAsync()).Entries.Count);
    }

    [Fact]
    public async Task Import_AddsNewEntriesUpdatesThoseWithAStoredEnglishTermAndSkipsTheUnchanged()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.AddAsync(People.Anna.Id, new GlossaryEntryDraft([new GlossaryTermDraft(Language.En, "Luxembourg"), new GlossaryTermDraft(Language.Fr, "Luxembourg")]));

        var summary = await Glossary.ImportAsync(People.Ben.Id, "terms.csv", Csv(
            "en,fr,de,es\nministry of the economy,ministère de l'Économie,Wirtschaftsministerium,Ministerio de Economía\nLuxembourg,Luxembourg,,\nspace resources,ressources spatiales,Weltraumressourcen,recursos espaciales\n"));

        Assert.Equal((1, 1, 1, 2), (summary.Added, summary.Updated, summary.Skipped, summary.SkippedTerms));
        Assert.Equal(["es"], summary.SkippedLanguages);
        var ministry = (await Queries.ListAsync("Wirtschaftsministerium")).Entries.Single();
        Assert.Equal(("ministry of the economy", 2, "Ben Editor"), (ministry.Entry.TermIn(Language.En)!.Text, ministry.Version, ministry.UpdatedBy));
        Assert.Equal(3, (await Queries.ListAsync()).Total);
    }

    [Fact]
    public async Task Import_ARefusedFile_ChangesNothing()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());

        var refused = await Assert.ThrowsAsync<InterchangeFormatException>(() => Glossary.ImportAsync(People.Anna.Id, "terms.csv",
            Csv("en,fr\nMinistry of the Economy,Ministère\nLuxembourg,Luxembourg|x\nChina,\"Chine\" \"x\n")));

        Assert.NotNull(refused.Problem);
        var stored = Assert.Single((await Queries.ListAsync()).Entries);
        Assert.Equal(("ministère de l'Économie", 1), (stored.Entry.TermIn(Language.Fr)!.Text, stored.Version));
    }

    [Fact]
    public async Task Import_ByATranslator_IsForbidden()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Glossary.ImportAsync(People.Lena.Id, "terms.csv", Csv("en,lb\nLuxembourg,Lëtzebuerg\n")));

        Assert.Equal(0, (await Queries.ListAsync()).Total);
    }

    [Fact]
    public async Task Import_ATbxFileWithoutItsExtension_IsToldByItsContent()
    {
        var summary = await Glossary.ImportAsync(People.Anna.Id, "export", Tbx(new GlossaryEntry(Guid.NewGuid(), [new GlossaryTerm(Language.En, "space resources")])));

        Assert.Equal(1, summary.Added);
    }

    [Theory]
    [InlineData(GlossaryFileFormat.Tbx, "glossary.tbx", "application/x-tbx+xml")]
    [InlineData(GlossaryFileFormat.Csv, "glossary.csv", "text/csv; charset=utf-8")]
    public async Task Export_ThenImportIntoAnEmptyGlossary_GivesEveryEntryBackWithItsId(GlossaryFileFormat format, string fileName, string contentType)
    {
        var ministry = await Glossary.AddAsync(People.Anna.Id, Ministry());
        await Glossary.AddAsync(People.Anna.Id, new GlossaryEntryDraft(
            [new GlossaryTermDraft(Language.En, "CAS", CaseSensitive: true, Note: "Chinese Academy of Sciences")], Subject: "space", DoNotTranslate: true));

        var file = await Glossary.ExportAsync(People.Zhang.Id, format);
        foreach (var entry in (await Queries.ListAsync()).Entries)
        {
            await Glossary.DeleteAsync(People.Anna.Id, entry.Entry.Id, entry.Version);
        }

        var summary = await Glossary.ImportAsync(People.Anna.Id, file.FileName, new MemoryStream(file.Content));

        Assert.Equal((fileName, contentType), (file.FileName, file.ContentType));
        Assert.Equal(2, summary.Added);
        var back = (await Queries.EntryAsync(ministry.Entry.Id))!.Entry;
        Assert.Equal(ministry.Entry.Terms.Select(t => (t.Language, t.Text, string.Join("|", t.ForbiddenVariants))), back.Terms.Select(t => (t.Language, t.Text, string.Join("|", t.ForbiddenVariants))));
        Assert.Equal(ministry.Entry.Note, back.Note);
        var cas = (await Queries.ListAsync("CAS")).Entries.Single().Entry;
        Assert.Equal((true, true, "space", "Chinese Academy of Sciences"), (cas.DoNotTranslate, cas.Terms[0].CaseSensitive, cas.Subject, cas.Terms[0].Note));
    }

    [Fact]
    public async Task Import_TheSameExportTwice_SkipsEveryEntry()
    {
        await Glossary.AddAsync(People.Anna.Id, Ministry());
        var file = await Glossary.ExportAsync(People.Anna.Id, GlossaryFileFormat.Tbx);

        var summary = await Glossary.ImportAsync(People.Anna.Id, file.FileName, new MemoryStream(file.Content));

        Assert.Equal((0, 0, 1), (summary.Added, summary.Updated, summary.Skipped));
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Tbx(GlossaryEntry entry)
    {
        var stream = new MemoryStream();
        TbxWriter.Write(stream, [entry]);
        stream.Position = 0;
        return stream;
    }
}
