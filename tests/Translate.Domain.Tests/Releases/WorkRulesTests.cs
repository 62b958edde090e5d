using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Domain.Tests.Releases;

/// <summary>The one answer to "may this person write or submit now?", which the save, the submission and the pages share.</summary>
public class WorkRulesTests
{
    public static TheoryData<ReleaseStatus, LanguageState, string?, string, ReadOnlyReason?> SaveCases => new()
    {
        { ReleaseStatus.Draft, LanguageState.NotStarted, null, "francoise", ReadOnlyReason.NotStarted },
        { ReleaseStatus.Published, LanguageState.Approved, "francoise", "francoise", ReadOnlyReason.Published },
        { ReleaseStatus.InTranslation, LanguageState.InProgress, null, "francoise", ReadOnlyReason.NotAssigned },
        { ReleaseStatus.InTranslation, LanguageState.InProgress, "francoise", "dieter", ReadOnlyReason.AssignedToSomeoneElse },
        { ReleaseStatus.InTranslation, LanguageState.InProgress, "francoise", "anna", ReadOnlyReason.AssignedToSomeoneElse },
        { ReleaseStatus.InTranslation, LanguageState.InReview, "francoise", "francoise", ReadOnlyReason.InReview },
        { ReleaseStatus.InTranslation, LanguageState.InProgress, "francoise", "francoise", null },
        { ReleaseStatus.InTranslation, LanguageState.ChangesRequested, "francoise", "francoise", null },
        // Writing in an approved language is allowed: it withdraws the approval.
        { ReleaseStatus.ReadyToPublish, LanguageState.Approved, "francoise", "francoise", null },
    };

    [Theory]
    [MemberData(nameof(SaveCases))]
    public void WhyReadOnly_AnswersTheFirstRuleASaveWouldBreak(
        ReleaseStatus status, LanguageState state, string? assignee, string person, ReadOnlyReason? expected)
    {
        var actor = Person(person);

        Assert.Equal(expected, WorkRules.WhyReadOnly(status, state, Language.Fr, assignee is null ? null : Person(assignee).Id, actor));
    }

    [Fact]
    public void WhyReadOnly_ForAnAssigneeWhoNoLongerWorksInTheLanguage_IsNotYourLanguage()
    {
        var movedToGerman = People.Francoise with { WorkingLanguages = new HashSet<Language> { Language.De } };

        Assert.Equal(ReadOnlyReason.NotYourLanguage,
            WorkRules.WhyReadOnly(ReleaseStatus.InTranslation, LanguageState.InProgress, Language.Fr, People.Francoise.Id, movedToGerman));
    }

    [Theory]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.NotStarted, true, "francoise", true)]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.InProgress, true, "francoise", true)]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.ChangesRequested, true, "francoise", true)]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.InProgress, false, "francoise", false)]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.InProgress, true, "dieter", false)]
    [InlineData(ReleaseStatus.InTranslation, LanguageState.InReview, true, "francoise", false)]
    [InlineData(ReleaseStatus.ReadyToPublish, LanguageState.Approved, true, "francoise", false)]
    [InlineData(ReleaseStatus.Draft, LanguageState.NotStarted, true, "francoise", false)]
    [InlineData(ReleaseStatus.Published, LanguageState.Approved, true, "francoise", false)]
    public void MaySubmit_AgreesWithWhatTheSubmissionChecksBeforeItsSegments(
        ReleaseStatus status, LanguageState state, bool hasAssignment, string person, bool expected) =>
        Assert.Equal(expected, WorkRules.MaySubmit(status, state, Language.Fr, hasAssignment, Person(person)));

    private static Actor Person(string name) => name switch
    {
        "francoise" => People.Francoise,
        "dieter" => People.Dieter,
        "anna" => People.Anna,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
