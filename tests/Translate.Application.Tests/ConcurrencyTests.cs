using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>
/// Two people act at once: the first action is held between loading and saving while the second completes,
/// which is exactly the interleaving a busy server produces.
/// </summary>
public class ConcurrencyTests : ApplicationTest
{
    [Fact]
    public async Task TwoTranslatorsSavingDifferentSegmentsAtOnce_BothSavesLand()
    {
        var id = await AssignedSampleAsync();
        await Assignments.SplitAsync(People.Anna.Id, id, Language.Lb, [People.Lena.Id, People.Luc.Id]);
        var lenas = await TranslationAsync(id, 1, Language.Lb);
        var lucs = await TranslationAsync(id, 16, Language.Lb);
        Assert.Equal((People.Lena.Id, People.Luc.Id), (lenas.AssigneeId, lucs.AssigneeId));

        var attempts = 0;
        await App.Get<ReleaseOperations>().RunAsync(People.Lena.Id, id, (release, lena, now) =>
        {
            if (++attempts == 1)
            {
                SaveAsync(id, 16, Language.Lb, "Handy: (+352) 621 409 141", People.Luc).GetAwaiter().GetResult();
            }

            release.SaveTranslation(release.Segments[0], Language.Lb, "Lëtzebuerg schafft mat China zesummen", 0,
                TranslationState.Translated, RevisionOrigin.Human, lena, now);
        }, CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal("Lëtzebuerg schafft mat China zesummen", (await TranslationAsync(id, 1, Language.Lb)).Text);
        Assert.Equal("Handy: (+352) 621 409 141", (await TranslationAsync(id, 16, Language.Lb)).Text);
    }

    [Fact]
    public async Task TwoSavesOfOneSegmentAtOnce_TheSecondIsAConflictAndTheFirstStays()
    {
        var id = await AssignedSampleAsync();
        var opened = await TranslationAsync(id, 6, Language.Fr);
        var translations = App.Get<Editing.TranslationService>();

        var conflict = await Assert.ThrowsAsync<TranslationConflictException>(() => App.Get<ReleaseOperations>().RunAsync(People.Francoise.Id, id, (release, francoise, now) =>
        {
            var segment = release.Segments[5];
            var translation = release.Translation(segment, Language.Fr);
            if (translation.Version == opened.Version)
            {
                translations.SaveAsync(People.Francoise.Id, id, opened.SegmentId, Language.Fr, "Écrit dans un autre onglet.", opened.Version,
                    TranslationState.Translated).GetAwaiter().GetResult();
            }

            release.SaveTranslation(segment, Language.Fr, "Écrit ici.", opened.Version, TranslationState.Translated, RevisionOrigin.Human, francoise, now);
        }, CancellationToken.None));

        Assert.Equal(("Écrit ici.", "Écrit dans un autre onglet."), (conflict.Conflict.YourText, conflict.Conflict.TheirText));
        var stored = await TranslationAsync(id, 6, Language.Fr);
        Assert.Equal(("Écrit dans un autre onglet.", 1), (stored.Text, stored.Version));
        Assert.Single(stored.Revisions);
    }
}
