using Translate.Application.Releases;
using Translate.Application.Review;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>
/// Two people act on one release at once, each through their own context: the first action is held after its rule
/// and before its save, and the second is started then. The second must wait for the first, and is then judged on
/// what the first stored: applied after it, or refused after it, never half.
/// </summary>
public class ConcurrencyTests : ApplicationTest
{
    /// <summary>Long enough for an unhindered action to finish many times over on this machine.</summary>
    private static readonly TimeSpan Unhindered = TimeSpan.FromMilliseconds(750);

    [Fact]
    public async Task SaveRacingASubmission_WaitsAndIsRefusedAfterIt()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        var submit = await HeldAction.StartAsync(App, People.Francoise, id, ReleaseRows.Language(Language.Fr),
            (release, francoise, now) => release.Submit(Language.Fr, francoise, now));

        var save = await StartWhileHeldAsync(() => SaveAsync(id, 3, Language.Fr, "Brouillon.", state: TranslationState.Draft));
        await submit.LetGoAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => save);
        Assert.Equal(Refusals.LanguageInReview(Language.Fr).Code, refused.Refusal.Code);
        var release = await LoadAsync(id);
        Assert.Equal(LanguageState.InReview, release.Language(Language.Fr).State);
        Assert.All(release.TranslationsIn(Language.Fr), t => Assert.Equal(TranslationState.Translated, t.State));
    }

    [Fact]
    public async Task SubmissionRacingASave_WaitsAndIsRefusedForTheSegmentTheSaveReopened()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        var segment = (await TranslationAsync(id, 3, Language.Fr)).SegmentId;
        var save = await HeldAction.StartAsync(App, People.Francoise, id, ReleaseRows.Translation(segment, Language.Fr), (release, francoise, now) =>
            release.SaveTranslation(release.Segments.Single(), Language.Fr, "Brouillon.", 1, TranslationState.Draft, RevisionOrigin.Human, francoise, now));

        var submit = await StartWhileHeldAsync(() => Review.SubmitAsync(People.Francoise.Id, id, Language.Fr));
        await save.LetGoAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => submit);
        Assert.Equal(Refusals.SegmentsNotTranslated(Language.Fr, [3]).Message, refused.Refusal.Message);
        Assert.Equal(LanguageState.InProgress, (await LoadAsync(id)).Language(Language.Fr).State);
    }

    [Fact]
    public async Task SaveRacingAnApproval_LandsAfterItAndWithdrawsIt()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        var approve = await HeldAction.StartAsync(App, People.Ben, id, ReleaseRows.Language(Language.Fr),
            (release, ben, now) => release.Approve(Language.Fr, [], ben, now));

        // In review the save is refused; held behind the approval it meets an approved language, which it may change.
        var translation = await TranslationAsync(id, 5, Language.Fr);
        var save = await StartWhileHeldAsync(() => Translations.SaveAsync(People.Francoise.Id, id, translation.SegmentId, Language.Fr,
            "Une phrase revue après l'approbation.", translation.Version + 1, TranslationState.Translated));
        await approve.LetGoAsync();
        await save;

        var release = await LoadAsync(id);
        Assert.Equal(LanguageState.InProgress, release.Language(Language.Fr).State);
        var states = release.TranslationsIn(Language.Fr).ToDictionary(t => t.Segment.Number, t => t.State);
        Assert.Equal(TranslationState.Translated, states[5]);
        Assert.All(states.Where(s => s.Key != 5), s => Assert.Equal(TranslationState.Approved, s.Value));
    }

    [Fact]
    public async Task SendBackRacingASave_WaitsAndIsRefusedOnceTheSaveWithdrewTheApproval()
    {
        var id = await AssignedSampleAsync();
        await TranslateAllAsync(id, Language.Fr);
        await Review.SubmitAsync(People.Francoise.Id, id, Language.Fr);
        await Review.ApproveAsync(People.Ben.Id, id, Language.Fr);
        var translation = await TranslationAsync(id, 5, Language.Fr);
        var save = await HeldAction.StartAsync(App, People.Francoise, id, ReleaseRows.Translation(translation.SegmentId, Language.Fr), (release, francoise, now) =>
            release.SaveTranslation(release.Segments.Single(), Language.Fr, "Corrigé.", translation.Version, TranslationState.Translated, RevisionOrigin.Human, francoise, now));

        var sendBack = await StartWhileHeldAsync(() => Review.RequestChangesAsync(People.Ben.Id, id, Language.Fr,
            [new SegmentComment(translation.SegmentId, "Revoir la date.")]));
        await save.LetGoAsync();

        var refused = await Assert.ThrowsAsync<RefusedException>(() => sendBack);
        Assert.Equal(Refusals.NotInReview(Language.Fr, LanguageState.InProgress).Message, refused.Refusal.Message);
        var stored = await TranslationAsync(id, 5, Language.Fr);
        Assert.Equal(("Corrigé.", TranslationState.Translated, null), (stored.Text, stored.State, stored.ReviewComment));
    }

    [Fact]
    public async Task SaveRacingAReassignment_WaitsAndIsForbiddenToTheTranslatorWhoLostTheSegment()
    {
        var id = await AssignedSampleAsync();
        var lb = await TranslationAsync(id, 7, Language.Lb);
        var translators = await App.Get<ReleaseOperations>().LoadPeopleAsync([People.Luc.Id], CancellationToken.None);
        var reassign = await HeldAction.StartAsync(App, People.Anna, id, ReleaseRows.Language(Language.Lb), (release, anna, now) =>
            release.Assign(Language.Lb, [new(release.Segments.Single(s => s.Number == 7), People.Luc.Id)], translators, anna, now));

        var save = await StartWhileHeldAsync(() => SaveAsync(id, 7, Language.Lb, "Dem Lena säin Text.", People.Lena));
        await reassign.LetGoAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => save);
        Assert.Equal(Refusals.NotAssignedToYou(7, Language.Lb).Message, refused.Refusal.Message);
        var stored = await TranslationAsync(id, 7, Language.Lb);
        Assert.Equal((People.Luc.Id, string.Empty, lb.Version), (stored.AssigneeId, stored.Text, stored.Version));
    }

    [Fact]
    public async Task SaveRacingASourceChange_WaitsAndIsAConflictWithTheSegmentMarkedForUpdate()
    {
        var id = await AssignedSampleAsync();
        await SaveAsync(id, 2, Language.De, "Ein Untertitel.");
        var opened = await TranslationAsync(id, 2, Language.De);
        var changedSource = SampleRelease.Text(Language.En).Replace(SampleRelease.Segments[1].Text[Language.En], "A subtitle, rewritten.", StringComparison.Ordinal);
        var change = await HeldAction.StartAsync(App, People.Anna, id, ReleaseRows.Whole, (release, anna, now) =>
            release.ChangeSource(PlainTextReader.Read(changedSource, Language.En), release.EditVersion, anna, now));

        var save = await StartWhileHeldAsync(() => Translations.SaveAsync(People.Dieter.Id, id, opened.SegmentId, Language.De,
            "Ein anderer Untertitel.", opened.Version, TranslationState.Translated));
        await change.LetGoAsync();

        var conflict = await Assert.ThrowsAsync<TranslationConflictException>(() => save);
        Assert.Equal(("Ein anderer Untertitel.", "Ein Untertitel.", TranslationState.NeedsUpdate),
            (conflict.Conflict.YourText, conflict.Conflict.TheirText, conflict.Conflict.TheirState));
    }

    [Fact]
    public async Task TwoTranslatorsSavingDifferentSegmentsAtOnce_BothSavesLand()
    {
        var id = await AssignedSampleAsync();
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        var lenas = await TranslationAsync(id, 1, Language.Lb);
        Assert.Equal(People.Lena.Id, lenas.AssigneeId);
        var lena = await HeldAction.StartAsync(App, People.Lena, id, ReleaseRows.Translation(lenas.SegmentId, Language.Lb), (release, person, now) =>
            release.SaveTranslation(release.Segments.Single(), Language.Lb, "Lëtzebuerg schafft mat China zesummen", 0,
                TranslationState.Translated, RevisionOrigin.Human, person, now));

        var luc = await StartWhileHeldAsync(() => SaveAsync(id, 16, Language.Lb, "Handy: (+352) 621 409 141", People.Luc));
        await lena.LetGoAsync();
        await luc;

        Assert.Equal("Lëtzebuerg schafft mat China zesummen", (await TranslationAsync(id, 1, Language.Lb)).Text);
        Assert.Equal("Handy: (+352) 621 409 141", (await TranslationAsync(id, 16, Language.Lb)).Text);
    }

    [Fact]
    public async Task TwoSavesOfOneSegmentAtOnce_TheSecondIsAConflictAndTheFirstStays()
    {
        var id = await AssignedSampleAsync();
        var opened = await TranslationAsync(id, 6, Language.Fr);
        var first = await HeldAction.StartAsync(App, People.Francoise, id, ReleaseRows.Translation(opened.SegmentId, Language.Fr), (release, francoise, now) =>
            release.SaveTranslation(release.Segments.Single(), Language.Fr, "Écrit dans un autre onglet.", opened.Version,
                TranslationState.Translated, RevisionOrigin.Human, francoise, now));

        var second = await StartWhileHeldAsync(() => Translations.SaveAsync(People.Francoise.Id, id, opened.SegmentId, Language.Fr,
            "Écrit ici.", opened.Version, TranslationState.Translated));
        await first.LetGoAsync();

        var conflict = await Assert.ThrowsAsync<TranslationConflictException>(() => second);
        Assert.Equal(("Écrit ici.", "Écrit dans un autre onglet."), (conflict.Conflict.YourText, conflict.Conflict.TheirText));
        var stored = await TranslationAsync(id, 6, Language.Fr);
        Assert.Equal(("Écrit dans un autre onglet.", 1), (stored.Text, stored.Version));
        Assert.Single(stored.Revisions);
    }

    /// <summary>Starts the second action while the first holds the release: a moment later it must still be waiting.</summary>
    private static async Task<Task> StartWhileHeldAsync(Func<Task> second)
    {
        var running = Task.Run(second);
        await Task.WhenAny(running, Task.Delay(Unhindered));
        Assert.False(running.IsCompleted, "The second action ran while the first held the release.");
        return running;
    }

    /// <summary>An action run through <see cref="ReleaseOperations"/> and held after its rule, before its save, until let go.</summary>
    private sealed class HeldAction
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _letGo = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Task _completion = Task.CompletedTask;

        public static async Task<HeldAction> StartAsync(ApplicationFixture app, Actor actor, Guid releaseId, ReleaseRows rows, Action<Release, Actor, DateTimeOffset> rule)
        {
            var held = new HeldAction();
            held._completion = Task.Run(() => app.Get<ReleaseOperations>().RunAsync(actor.Id, releaseId, rows, (release, person, now) =>
            {
                rule(release, person, now);
                held._reached.SetResult();
                held._letGo.Task.Wait();
            }, CancellationToken.None));
            await Task.WhenAny(held._reached.Task, held._completion);
            await (held._completion.IsCompleted ? held._completion : Task.CompletedTask);
            return held;
        }

        public Task LetGoAsync()
        {
            _letGo.SetResult();
            return _completion;
        }
    }
}
