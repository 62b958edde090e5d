using Translate.Application.Exchange;
using Translate.Application.Releases;
using Translate.Domain.Documents;
using Translate.Domain.Releases;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Application.Tests.Exchange;

public class XliffUploadTests : ExchangeTest
{
    [Theory]
    [InlineData(XliffVersion.Xliff21)]
    [InlineData(XliffVersion.Xliff12)]
    public async Task UploadXliff_DownloadedAndFilledWithTheReferences_TranslatesEveryFrenchSegment(XliffVersion version)
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr, version);

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr,
            Fill(downloaded, u => SampleRelease.Segments[u.SegmentNumber!.Value - 1].Text[Language.Fr]), version);

        Assert.Equal((SampleRelease.Segments.Count, 0, 0), (summary.Applied, summary.Unchanged, summary.Refused));
        var release = await LoadAsync(id);
        Assert.All(release.TranslationsIn(Language.Fr), t =>
        {
            Assert.Equal(SampleRelease.Segments[t.Segment.Number - 1].Text[Language.Fr], t.Text);
            Assert.Equal(TranslationState.Translated, t.State);
        });
        Assert.Equal(LanguageState.InProgress, release.Language(Language.Fr).State);
    }

    [Fact]
    public async Task UploadXliff_Applied_ListsEachSegmentWithItsOldAndNewText()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 1, Language.De, "Alter Titel");
        var downloaded = await DownloadAsync(People.Dieter, slug, Language.De);

        var summary = await UploadAsync(People.Dieter, slug, Language.De, Fill(downloaded, u => u.SegmentNumber == 1 ? "Neuer Titel" : null));

        Assert.Equal(new UnitOutcome(1, UnitResult.Applied, "Alter Titel", "Neuer Titel"), summary.Units[0]);
        Assert.Equal(SampleRelease.Segments.Count - 1, summary.Unchanged);
        Assert.Equal("Neuer Titel", (await TranslationAsync(id, 1, Language.De)).Text);
    }

    [Fact]
    public async Task UploadXliff_Untouched_SkipsEveryUnitAndWritesNothing()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 5, Language.Fr, SampleRelease.Segments[4].Text[Language.Fr], state: TranslationState.Draft);
        var revisions = await RevisionCountAsync(id);

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr, await DownloadAsync(People.Francoise, slug, Language.Fr));

        Assert.Equal((0, SampleRelease.Segments.Count, 0), (summary.Applied, summary.Unchanged, summary.Refused));
        Assert.Equal(revisions, await RevisionCountAsync(id));
        Assert.Equal(TranslationState.Draft, (await TranslationAsync(id, 5, Language.Fr)).State);
    }

    [Fact]
    public async Task UploadXliff_FileClaimingApproval_IsSavedAsTranslated()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = await DownloadAsync(People.Zhang, slug, Language.Zh);
        var claimingFinal = Fill(downloaded, u => SampleRelease.Segments[u.SegmentNumber!.Value - 1].Text[Language.Zh]);
        claimingFinal = claimingFinal with { Units = [.. claimingFinal.Units.Select(u => u with { State = TranslationState.Approved })] };

        await UploadAsync(People.Zhang, slug, Language.Zh, claimingFinal, XliffVersion.Xliff12);

        Assert.Equal(TranslationState.Translated, (await TranslationAsync(id, 1, Language.Zh)).State);
    }

    [Fact]
    public async Task UploadXliff_TranslationChangedInTranslateMeanwhile_IsRefusedAsAConflictWithBothTextsAndKeepsTheCurrentOne()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr);
        await SaveAsync(id, 2, Language.Fr, "Saisi dans Translate entre-temps");

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr,
            Fill(downloaded, u => u.SegmentNumber is 2 or 3 ? $"Hors ligne {u.SegmentNumber}" : null));

        var conflict = summary.Units.Single(u => u.SegmentNumber == 2);
        Assert.Equal((UnitResult.Refused, true, "Saisi dans Translate entre-temps", "Hors ligne 2"),
            (conflict.Result, conflict.IsConflict, conflict.CurrentText, conflict.UploadedText));
        Assert.Contains("changed in Translate since the file was downloaded", conflict.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal("Saisi dans Translate entre-temps", (await TranslationAsync(id, 2, Language.Fr)).Text);
        Assert.Equal("Hors ligne 3", (await TranslationAsync(id, 3, Language.Fr)).Text);
    }

    [Fact]
    public async Task UploadXliff_ChangedMeanwhileToTheSameText_IsUnchanged()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr);
        await SaveAsync(id, 2, Language.Fr, "Le même texte");

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr, Fill(downloaded, u => u.SegmentNumber == 2 ? "Le même texte" : null));

        Assert.Equal(UnitResult.Unchanged, summary.Units.Single(u => u.SegmentNumber == 2).Result);
    }

    [Fact]
    public async Task UploadXliff_SegmentsAssignedToSomeoneElse_AreRefusedAndTheTranslatorsOwnApplied()
    {
        var id = await CreateSampleAsync();
        await Releases.StartTranslationAsync(People.Anna.Id, id);
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        var slug = await SlugAsync(id);
        var everything = await DownloadAsync(People.Anna, slug, Language.Lb);
        var lenas = (await DownloadAsync(People.Lena, slug, Language.Lb)).Units.Select(u => u.SegmentNumber!.Value).ToHashSet();

        var summary = await UploadAsync(People.Lena, slug, Language.Lb,
            Fill(everything, u => SampleRelease.Segments[u.SegmentNumber!.Value - 1].Text[Language.Lb]));

        Assert.Equal(lenas.Order(), summary.Units.Where(u => u.Result == UnitResult.Applied).Select(u => u.SegmentNumber));
        Assert.All(summary.Units.Where(u => !lenas.Contains(u.SegmentNumber)), u =>
        {
            Assert.Equal(UnitResult.Refused, u.Result);
            Assert.Equal("translation.not-assigned", u.Refusal!.Code);
        });
        var texts = await TextsAsync(id, Language.Lb);
        Assert.All(texts.Where(t => !lenas.Contains(t.Key)), t => Assert.Equal("", t.Value));
    }

    [Fact]
    public async Task UploadXliff_LanguageInReview_RefusesEveryChangedUnitWithTheReason()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await TranslateAllAsync(id, Language.De);
        var downloaded = await DownloadAsync(People.Dieter, slug, Language.De);
        await Review.SubmitAsync(People.Dieter.Id, id, Language.De);

        var summary = await UploadAsync(People.Dieter, slug, Language.De, Fill(downloaded, u => u.SegmentNumber == 4 ? "Geändert." : null));

        var refused = Assert.Single(summary.Units, u => u.Result == UnitResult.Refused);
        Assert.Equal((4, "translation.in-review"), (refused.SegmentNumber, refused.Refusal!.Code));
    }

    [Fact]
    public async Task UploadXliff_EmptiedTarget_IsRefusedAndTheTranslationKept()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 6, Language.Fr, "Texte existant.");
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr);

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr, Fill(downloaded, u => u.SegmentNumber == 6 ? "" : null));

        Assert.Equal("translation.empty", summary.Units.Single(u => u.SegmentNumber == 6).Refusal?.Code);
        Assert.Equal("Texte existant.", (await TranslationAsync(id, 6, Language.Fr)).Text);
    }

    [Fact]
    public async Task UploadXliff_TargetWithTagsTypedAsTextThatDoNotPair_IsRefusedWithTheTagProblem()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr);

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr, Fill(downloaded, u => u.SegmentNumber == 1 ? "Le <1>titre" : null));

        var refused = summary.Units.Single(u => u.SegmentNumber == 1);
        Assert.Equal("exchange.tags", refused.Refusal?.Code);
        Assert.Contains("Tag <1> is never closed", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal("", (await TranslationAsync(id, 1, Language.Fr)).Text);
    }

    [Fact]
    public async Task UploadXliff_WithoutBaseVersions_FillsEmptySegmentsButNeverOverwritesOne()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        await SaveAsync(id, 1, Language.Fr, "Déjà traduit");
        var downloaded = await DownloadAsync(People.Francoise, slug, Language.Fr);
        var withoutVersions = Fill(downloaded, u => u.SegmentNumber is 1 or 2 ? $"Outil {u.SegmentNumber}" : null);
        withoutVersions = withoutVersions with { Units = [.. withoutVersions.Units.Select(u => u with { BaseVersion = null })] };

        var summary = await UploadAsync(People.Francoise, slug, Language.Fr, withoutVersions);

        Assert.Equal("exchange.no-base-version", summary.Units[0].Refusal?.Code);
        Assert.Equal(UnitResult.Applied, summary.Units[1].Result);
        Assert.Equal(("Déjà traduit", "Outil 2"), ((await TranslationAsync(id, 1, Language.Fr)).Text, (await TranslationAsync(id, 2, Language.Fr)).Text));
    }

    [Fact]
    public async Task UploadXliff_TaggedTarget_IsSavedWithItsTags()
    {
        var release = await Releases.CreateAsync(People.Anna.Id, new NewRelease(
            "Tagged", Language.En, [Language.Fr], new DateOnly(2026, 12, 1), null, "",
            SourceFile.FromText("tagged.html", SourceFormat.Html, "<p>The <b>Minister</b> spoke.<br></p>")));
        await Releases.StartTranslationAsync(People.Anna.Id, release.Id);
        await Assignments.AssignAllAsync(People.Anna.Id, release.Id, Language.Fr, People.Francoise.Id);
        var downloaded = await DownloadAsync(People.Francoise, release.Slug, Language.Fr);

        var summary = await UploadAsync(People.Francoise, release.Slug, Language.Fr, Fill(downloaded, _ => "Le <1>ministre</1> a parlé.<2/>"));

        Assert.Equal(1, summary.Applied);
        Assert.Equal("Le <1>ministre</1> a parlé.<2/>", (await TranslationAsync(release.Id, 1, Language.Fr)).Text);
    }

    [Fact]
    public async Task UploadXliff_DownloadedForAnotherRelease_IsRefusedWholeAndWritesNothing()
    {
        var first = await AssignedSampleAsync();
        var second = await AssignedSampleAsync();
        var fromFirst = await DownloadAsync(People.Francoise, await SlugAsync(first), Language.Fr);
        var secondSlug = await SlugAsync(second);
        var revisions = await RevisionCountAsync(second);

        var refusal = await Assert.ThrowsAsync<Domain.Workflow.RefusedException>(() =>
            UploadAsync(People.Francoise, secondSlug, Language.Fr, Fill(fromFirst, u => "Texte")));

        Assert.Equal("exchange.other-release", refusal.Refusal.Code);
        Assert.Equal(revisions, await RevisionCountAsync(second));
        Assert.All(await TextsAsync(second, Language.Fr), t => Assert.Equal("", t.Value));
    }

    [Fact]
    public async Task UploadXliff_OfAnotherTargetLanguage_IsRefusedNamingBothLanguages()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var french = Fill(await DownloadAsync(People.Anna, slug, Language.Fr), u => "Texte");

        var refusal = await Assert.ThrowsAsync<InterchangeFormatException>(() => UploadAsync(People.Dieter, slug, Language.De, french));

        Assert.Contains("target language is fr, but de was expected", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await RevisionCountAsync(id));
    }

    [Fact]
    public async Task UploadXliff_AfterTheSourceChanged_IsRefusedWholeNamingTheSegments()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var downloaded = Fill(await DownloadAsync(People.Francoise, slug, Language.Fr), u => "Texte");
        var editVersion = (await LoadAsync(id)).EditVersion;
        await Releases.ChangeSourceAsync(People.Anna.Id, id,
            SampleRelease.Text(Language.En).Replace("The areas of potential cooperation", "The areas of possible cooperation", StringComparison.Ordinal),
            editVersion);

        var refusal = await Assert.ThrowsAsync<Domain.Workflow.RefusedException>(() => UploadAsync(People.Francoise, slug, Language.Fr, downloaded));

        Assert.Equal(("exchange.source-changed", "4"), (refusal.Refusal.Code, (string)refusal.Refusal.Values["segments"]));
        Assert.Equal(0, await RevisionCountAsync(id));
    }

    [Fact]
    public async Task UploadXliff_LargerThanTheLimit_IsRefusedBeforeReading()
    {
        var id = await AssignedSampleAsync();
        var slug = await SlugAsync(id);
        var file = InterchangeFiles.Xliff(slug, Fill(await DownloadAsync(People.Francoise, slug, Language.Fr), u => "Texte"), XliffVersion.Xliff21);
        var exchange = new BilingualExchange(
            App.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.TranslateDbContext>>(), App.Get<ReleaseOperations>(), new UploadOptions { MaxBytes = 4096 });

        var claimed = await Assert.ThrowsAsync<InterchangeFormatException>(() =>
            exchange.UploadXliffAsync(People.Francoise.Id, slug, Language.Fr, new MemoryStream(file.Content), file.Content.Length));
        var lying = await Assert.ThrowsAsync<InterchangeFormatException>(() =>
            exchange.UploadXliffAsync(People.Francoise.Id, slug, Language.Fr, new MemoryStream(file.Content), 100));

        Assert.Contains("larger than the upload limit of 4 KB", claimed.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the upload limit of 4 KB", lying.Message, StringComparison.Ordinal);
        Assert.Equal(0, await RevisionCountAsync(id));
    }
}
