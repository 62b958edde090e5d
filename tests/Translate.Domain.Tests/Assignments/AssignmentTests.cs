using Translate.Domain.Assignments;
using Translate.Domain.Languages;
using Translate.Testing;
using Translate.Domain.Workflow;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Assignments;

public class AssignmentTests
{
    [Fact]
    public void All_AssignsEverySegmentOfTheLanguageToTheTranslator()
    {
        var release = Assigned();

        Assert.All(release.TranslationsIn(Language.Fr), t => Assert.Equal(People.Francoise.Id, t.AssigneeId));
        Assert.All(release.TranslationsIn(Language.Zh), t => Assert.Equal(People.Zhang.Id, t.AssigneeId));
    }

    [Fact]
    public void Range_AssignsOnlyTheNumberedSegments()
    {
        var release = Draft();
        release.StartTranslation(People.Anna, Now);

        release.Assign(Language.Lb, AssignmentPlanner.Range(release.Segments, 3, 5, People.Luc.Id), [People.Luc], People.Anna, Now);

        var assigned = release.TranslationsIn(Language.Lb).Where(t => t.AssigneeId == People.Luc.Id).Select(t => t.Segment.Number);
        Assert.Equal([3, 4, 5], assigned);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(5, 4)]
    [InlineData(15, 17)]
    public void Range_OutsideTheSegments_IsRefused(int from, int to)
    {
        var release = Draft();

        var refused = Assert.Throws<RefusedException>(() => AssignmentPlanner.Range(release.Segments, from, to, People.Luc.Id));

        Assert.Equal("assignment.invalid-range", refused.Refusal.Code);
    }

    [Fact]
    public void SplitByWords_GivesEachTranslatorAConsecutiveRunOfAboutHalfTheWords()
    {
        var release = Draft();

        var plan = AssignmentPlanner.SplitByWords(release.Segments, [People.Lena.Id, People.Luc.Id]);

        Assert.Equal(release.Segments.Count, plan.Count);
        var lena = plan.TakeWhile(a => a.TranslatorId == People.Lena.Id).ToList();
        Assert.All(plan.Skip(lena.Count), a => Assert.Equal(People.Luc.Id, a.TranslatorId));
        var total = release.Segments.Sum(s => s.WordCount);
        var lenaWords = lena.Sum(a => a.Segment.WordCount);
        var largest = release.Segments.Max(s => s.WordCount);
        Assert.InRange(lenaWords, (total / 2) - largest, (total / 2) + largest);
    }

    [Fact]
    public void SplitByWords_AmongThree_UsesEveryTranslator()
    {
        var release = Draft();

        var plan = AssignmentPlanner.SplitByWords(release.Segments, ["a", "b", "c"]);

        Assert.Equal(["a", "b", "c"], plan.Select(a => a.TranslatorId).Distinct());
    }

    [Fact]
    public void SplitByWords_WithTheSameTranslatorTwice_IsRefused()
    {
        var release = Draft();

        Assert.Throws<RefusedException>(() => AssignmentPlanner.SplitByWords(release.Segments, ["a", "a"]));
    }

    [Fact]
    public void Assign_ToATranslatorOfAnotherLanguage_IsRefused()
    {
        var release = Draft();
        release.StartTranslation(People.Anna, Now);

        var refused = Assert.Throws<RefusedException>(() =>
            release.Assign(Language.Lb, AssignmentPlanner.All(release.Segments, People.Dieter.Id), [People.Dieter], People.Anna, Now));

        Assert.Equal("assignment.not-a-translator", refused.Refusal.Code);
    }

    [Fact]
    public void Assign_ByATranslator_IsForbidden()
    {
        var release = Draft();
        release.StartTranslation(People.Anna, Now);

        Assert.Throws<ForbiddenException>(() =>
            release.Assign(Language.Lb, AssignmentPlanner.All(release.Segments, People.Lena.Id), [People.Lena], People.Lena, Now));
    }

    [Fact]
    public void Assign_BeforeTranslationStarts_IsRefused()
    {
        var release = Draft();

        var refused = Assert.Throws<RefusedException>(() =>
            release.Assign(Language.Lb, AssignmentPlanner.All(release.Segments, People.Lena.Id), [People.Lena], People.Anna, Now));

        Assert.Equal("release.not-started", refused.Refusal.Code);
    }
}
