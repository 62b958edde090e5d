using Microsoft.EntityFrameworkCore;
using Translate.Application.Exchange;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests.Exchange;

public class XliffDownloadTests : ExchangeTest
{
    [Fact]
    public async Task DownloadXliff_ByAnEditor_HoldsEverySegmentWithItsIdSourceTargetStateAndVersion()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 2, Language.Fr, SampleRelease.Segments[1].Text[Language.Fr]);
        var release = await LoadAsync(id);

        var file = await Exchange.DownloadXliffAsync(People.Anna.Id, slug, Language.Fr, XliffVersion.Xliff21);
        var document = Xliff2Reader.Read(new MemoryStream(file.Content), ReaderLimits.Default);

        Assert.Equal(($"{slug}-en-fr.xlf", "application/xliff+xml"), (file.FileName, file.ContentType));
        Assert.Equal((Language.En, Language.Fr, id.ToString(), 1), (document.SourceLanguage, document.TargetLanguage, document.ReleaseId, document.Version));
        Assert.Equal(release.Segments.Select(s => s.Id.ToString()), document.Units.Select(u => u.Id));
        Assert.Equal(SampleRelease.Segments.Select(s => s.Text[Language.En]), document.Units.Select(u => TaggedText.FromInline(u.Source)));
        var second = document.Units[1];
        Assert.Equal((SampleRelease.Segments[1].Text[Language.Fr], TranslationState.Translated, 1, 2, BlockKind.Heading),
            (TaggedText.FromInline(second.Target!), second.State, second.BaseVersion, second.SegmentNumber, second.BlockKind));
        Assert.Equal((null, TranslationState.Empty, 0), (document.Units[0].Target, document.Units[0].State, document.Units[0].BaseVersion));
    }

    [Fact]
    public async Task DownloadXliff_ByATranslatorSharingTheLanguage_HoldsOnlyTheSegmentsAssignedToThem()
    {
        var id = await CreateSampleAsync();
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        var slug = await SlugAsync(id);

        var lena = await DownloadAsync(People.Lena, slug, Language.Lb);
        var luc = await DownloadAsync(People.Luc, slug, Language.Lb);

        await using var db = App.NewContext();
        var lenasSegments = await db.Translations.Where(t => t.ReleaseId == id && t.Language == Language.Lb && t.AssigneeId == People.Lena.Id)
            .Select(t => t.SegmentId).ToListAsync();
        Assert.NotEmpty(lena.Units);
        Assert.NotEmpty(luc.Units);
        Assert.Equal(lenasSegments.Order(), lena.Units.Select(u => Guid.Parse(u.Id)).Order());
        Assert.Empty(lena.Units.Select(u => u.Id).Intersect(luc.Units.Select(u => u.Id)));
        Assert.Equal(SampleRelease.Segments.Count, lena.Units.Count + luc.Units.Count);
    }

    [Fact]
    public async Task DownloadXliff_SegmentSentBack_CarriesTheEditorsCommentAsANote()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Lb);
        await Review.SubmitAsync(People.Lena.Id, id, Language.Lb);
        var segment7 = (await TranslationAsync(id, 7, Language.Lb)).SegmentId;
        await Review.RequestChangesAsync(People.Ben.Id, id, Language.Lb, [new SegmentComment(segment7, "Use the official name of the agency.")]);

        var document = await DownloadAsync(People.Lena, await SlugAsync(id), Language.Lb);

        var unit7 = document.Units.Single(u => u.SegmentNumber == 7);
        Assert.Equal(TranslationState.Rejected, unit7.State);
        Assert.Equal(["Use the official name of the agency."], unit7.Notes);
        Assert.All(document.Units.Where(u => u.SegmentNumber != 7), u => Assert.Empty(u.Notes));
    }

    [Fact]
    public async Task DownloadXliff_AsXliff12_IsReadByTheXliff12ReaderWithTheSameUnits()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 3, Language.De, SampleRelease.Segments[2].Text[Language.De]);

        var file = await Exchange.DownloadXliffAsync(People.Dieter.Id, slug, Language.De, XliffVersion.Xliff12);
        var document = Xliff12Reader.Read(new MemoryStream(file.Content), ReaderLimits.Default);

        var asXliff2 = await DownloadAsync(People.Dieter, slug, Language.De);
        Assert.Equal(($"{slug}-en-de.xlf", id.ToString()), (file.FileName, document.ReleaseId));
        Assert.Equal(asXliff2.Units.Select(u => (u.Id, u.Source, u.Target, u.State, u.BaseVersion)),
            document.Units.Select(u => (u.Id, u.Source, u.Target, u.State, u.BaseVersion)));
    }

    [Fact]
    public async Task DownloadXliff_TaggedSegments_HaveTheirTagsAsInlineCodes()
    {
        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Tagged", Language.En, [Language.Fr], new DateOnly(2026, 12, 1), null, "",
            SourceFile.FromText("tagged.html", SourceFormat.Html, "<p>The <b>Minister</b> spoke.<br></p>")));
        await Releases.StartTranslationAsync(People.Anna.Id, release.Id);

        var file = await Exchange.DownloadXliffAsync(People.Anna.Id, release.Slug, Language.Fr, XliffVersion.Xliff21);

        Assert.Contains("<source>The <pc id=\"1\">Minister</pc> spoke.<ph id=\"2\" /></source>",
            System.Text.Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadXliff_ByATranslatorOfAnotherLanguage_IsForbidden()
    {
        var slug = await SlugAsync(await AssignedSampleAsync());

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Exchange.DownloadXliffAsync(People.Dieter.Id, slug, Language.Fr, XliffVersion.Xliff21));

        Assert.Equal("exchange.nothing-assigned", refusal.Refusal.Code);
    }

    [Fact]
    public async Task DownloadXliff_ByATranslatorOfTheLanguageWithNothingAssigned_IsForbidden()
    {
        var slug = await SlugAsync(await AssignedSampleAsync());

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Exchange.DownloadXliffAsync(People.Luc.Id, slug, Language.Lb, XliffVersion.Xliff21));
    }

    [Fact]
    public async Task DownloadXliff_OfADraft_IsRefusedAsNotStarted()
    {
        var slug = await SlugAsync(await CreateSampleAsync());

        var refusal = await Assert.ThrowsAsync<RefusedException>(() =>
            Exchange.DownloadXliffAsync(People.Anna.Id, slug, Language.Fr, XliffVersion.Xliff21));

        Assert.Equal("release.not-started", refusal.Refusal.Code);
    }

    [Fact]
    public async Task DownloadXliff_OfAnUnknownReleaseOrTheSourceLanguage_IsNotFound()
    {
        var slug = await SlugAsync(await AssignedSampleAsync());

        await Assert.ThrowsAsync<NotFoundException>(() => Exchange.DownloadXliffAsync(People.Anna.Id, "no-such-release", Language.Fr, XliffVersion.Xliff21));
        await Assert.ThrowsAsync<NotFoundException>(() => Exchange.DownloadXliffAsync(People.Anna.Id, slug, Language.En, XliffVersion.Xliff21));
    }
}
