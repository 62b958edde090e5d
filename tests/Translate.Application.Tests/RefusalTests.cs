using Microsoft.EntityFrameworkCore;
using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>Every refusal leaves the database as it was.</summary>
public class RefusalTests : ApplicationTest
{
    [Fact]
    public async Task CreateAsync_ByATranslator_IsForbiddenAndStoresNothing()
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Releases.CreateAsync(People.Francoise.Id,
            new NewRelease("Titre", Language.Fr, null, new DateOnly(2026, 12, 1), null, SampleRelease.Text(Language.Fr))));

        Assert.Equal("role.editor-required", refused.Refusal.Code);
        await using var db = App.NewContext();
        Assert.Empty(await db.Releases.ToListAsync());
    }

    [Fact]
    public async Task AnyAction_ByAnUnknownOrDisabledUser_IsForbidden()
    {
        var id = await AssignedSampleAsync();
        await App.AddUserAsync(People.Translator("gone", "Gone", Language.Fr), disabled: true);

        Assert.Equal("user.unknown", (await Assert.ThrowsAsync<ForbiddenException>(() => Review.SubmitAsync("nobody", id, Language.Fr))).Refusal.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => Review.SubmitAsync("gone", id, Language.Fr));
    }

    [Fact]
    public async Task AnyAction_OnAnUnknownRelease_IsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Releases.StartTranslationAsync(People.Anna.Id, Guid.NewGuid()));
    }

    [Fact]
    public async Task SaveAsync_ByATranslatorNotAssigned_IsForbiddenAndKeepsNoRevision()
    {
        var id = await AssignedSampleAsync();
        await App.AddUserAsync(People.Translator("marie", "Marie", Language.Fr));

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            SaveAsync(id, 3, Language.Fr, "Texte", People.Translator("marie", "Marie", Language.Fr)));

        Assert.Equal("translation.not-assigned", refused.Refusal.Code);
        var stored = await TranslationAsync(id, 3, Language.Fr);
        Assert.Equal((string.Empty, 0), (stored.Text, stored.Version));
        Assert.Empty(stored.Revisions);
    }

    [Fact]
    public async Task SaveAsync_ByATranslatorOfAnotherLanguage_IsForbidden()
    {
        var id = await AssignedSampleAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => SaveAsync(id, 3, Language.Fr, "Text", People.Dieter));

        // The segment is not theirs before the language is not theirs: the editor shows the same first reason.
        Assert.Equal("translation.not-assigned", refused.Refusal.Code);
    }

    [Fact]
    public async Task SaveAsync_BasedOnAStaleVersion_IsAConflictWithBothTextsAndTheStoredTextStays()
    {
        var id = await AssignedSampleAsync();
        var opened = await TranslationAsync(id, 6, Language.Fr);
        await SaveAsync(id, 6, Language.Fr, "Version enregistrée d'abord.");

        var conflict = (await Assert.ThrowsAsync<TranslationConflictException>(() => App.Get<Editing.TranslationService>().SaveAsync(
            People.Francoise.Id, id, opened.SegmentId, Language.Fr, "Ma version.", opened.Version, TranslationState.Translated))).Conflict;

        Assert.Equal(("Ma version.", "Version enregistrée d'abord.", People.Francoise.Id), (conflict.YourText, conflict.TheirText, conflict.TheirAuthorId));
        Assert.Equal("Version enregistrée d'abord.", (await TranslationAsync(id, 6, Language.Fr)).Text);
    }

    [Fact]
    public async Task ApproveAsync_ByAnEditorWhoTranslatedInTheLanguage_IsForbiddenButAnotherEditorMay()
    {
        var id = await AssignedSampleAsync();
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Fr, [People.Francoise.Id, People.Claire.Id]);
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Claire.Id, id, Language.Fr);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Review.ApproveAsync(People.Claire.Id, id, Language.Fr));
        Assert.Equal("review.four-eyes", refused.Refusal.Code);
        Assert.Equal(LanguageState.InReview, (await LoadAsync(id)).Language(Language.Fr).State);

        await Review.ApproveAsync(People.Anna.Id, id, Language.Fr);
        Assert.Equal(LanguageState.Approved, (await LoadAsync(id)).Language(Language.Fr).State);
    }

    [Fact]
    public async Task ApproveAsync_ByATranslator_IsForbidden()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.De);
        await Review.SubmitAsync(People.Dieter.Id, id, Language.De);

        await Assert.ThrowsAsync<ForbiddenException>(() => Review.ApproveAsync(People.Dieter.Id, id, Language.De));
    }

    [Fact]
    public async Task SubmitAsync_WithOpenSegments_IsRefused()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 1, Language.Zh, SampleRelease.Segments[0].Text[Language.Zh]);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Review.SubmitAsync(People.Zhang.Id, id, Language.Zh));

        Assert.Equal("review.segments-open", refused.Refusal.Code);
        Assert.Equal(LanguageState.InProgress, (await LoadAsync(id)).Language(Language.Zh).State);
    }

    [Fact]
    public async Task RequestChangesAsync_WithOneCommentMissing_ChangesNoSegment()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Lb);
        await Review.SubmitAsync(People.Lena.Id, id, Language.Lb);
        var first = await TranslationAsync(id, 2, Language.Lb);
        var second = await TranslationAsync(id, 7, Language.Lb);

        await Assert.ThrowsAsync<RefusedException>(() => Review.RequestChangesAsync(People.Ben.Id, id, Language.Lb,
            [new SegmentComment(first.SegmentId, "Grënnt?"), new SegmentComment(second.SegmentId, "")]));

        Assert.Equal(TranslationState.Translated, (await TranslationAsync(id, 2, Language.Lb)).State);
        Assert.Equal(LanguageState.InReview, (await LoadAsync(id)).Language(Language.Lb).State);
    }

    [Fact]
    public async Task ChangeSourceAsync_FromAStaleEdit_IsRefused()
    {
        var id = await AssignedSampleAsync();
        var opened = (await LoadAsync(id)).EditVersion;
        await Releases.ReviseDetailsAsync(People.Ben.Id, id, "Revised title", new DateOnly(2026, 12, 2), null, opened);

        var refused = await Assert.ThrowsAsync<RefusedException>(() =>
            Releases.ChangeSourceAsync(People.Anna.Id, id, "Only one sentence now.", opened));

        Assert.Equal("release.changed-meanwhile", refused.Refusal.Code);
        Assert.Equal(16, (await LoadAsync(id)).Segments.Count);
    }

    [Fact]
    public async Task AssignAllAsync_ToADisabledTranslator_IsRefused()
    {
        var id = await AssignedSampleAsync();
        await App.AddUserAsync(People.Translator("away", "Away", Language.De), disabled: true);

        var refused = await Assert.ThrowsAsync<RefusedException>(() => Assignments.AssignAllAsync(People.Anna.Id, id, Language.De, "away"));

        Assert.Equal("assignment.not-a-translator", refused.Refusal.Code);
    }
}
