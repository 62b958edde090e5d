using Translate.Domain.Checks;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Workflow;
using Translate.Testing;
using static Translate.Testing.Steps;

namespace Translate.Domain.Tests.Releases;

/// <summary>Checks in the workflow: errors block submission, warnings can be acknowledged with a reason.</summary>
public class CheckWorkflowTests
{
    // Segment 10 of the sample: "…will employ at least 5 employees in Luxembourg."; the French reference keeps the 5.
    private const string FrenchWithoutTheNumber = "Dans un premier temps, le laboratoire de recherche emploiera quelques personnes au Luxembourg.";

    // Segment 12: "Media contact:"; the reference "Contact presse :" has an ordinary space before the colon.
    private const int ContactSegment = 12;

    [Fact]
    public void Submit_WithCheckErrors_IsRefusedNamingTheSegments()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);
        Save(release, 10, Language.Fr, FrenchWithoutTheNumber);
        Save(release, 14, Language.Fr, "E-mail : paul.zenners@eco.lu");

        var refused = Assert.Throws<RefusedException>(() => release.Submit(Language.Fr, People.Francoise, Now));

        Assert.Equal("review.check-errors", refused.Refusal.Code);
        Assert.Equal(2, refused.Refusal.Values["count"]);
        Assert.Equal("10, 14", refused.Refusal.Values["segments"]);
        Assert.Equal(LanguageState.InProgress, release.Language(Language.Fr).State);
    }

    [Fact]
    public void Submit_WithAForbiddenGlossaryVariant_IsRefusedNamingTheSegment()
    {
        var glossary = new Glossary([new GlossaryEntry(Guid.NewGuid(),
        [
            new GlossaryTerm(Language.En, "Ministry of the Economy"),
            new GlossaryTerm(Language.Fr, "ministère de l'Économie", forbiddenVariants: ["ministère de l'Economie"]),
        ])]);
        var release = Assigned();
        TranslateAll(release, Language.Fr);
        Save(release, 11, Language.Fr, "Communiqué par le ministère de l'Economie");

        var refused = Assert.Throws<RefusedException>(() => release.Submit(Language.Fr, People.Francoise, Now, glossary));

        Assert.Equal(("review.check-errors", "11"), (refused.Refusal.Code, refused.Refusal.Values["segments"]));
        Assert.Contains(release.FindingsIn(Language.Fr, glossary).Single(s => s.Number == 11).Results,
            r => r.Finding.Code == GlossaryCheck.TermForbiddenCode);
    }

    [Fact]
    public void Submit_WithOnlyWarnings_PutsTheLanguageInReview()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);

        release.Submit(Language.Fr, People.Francoise, Now);

        Assert.Contains(release.FindingsIn(Language.Fr), s => s.Results.Any(r => !r.IsError));
        Assert.Equal(LanguageState.InReview, release.Language(Language.Fr).State);
    }

    [Fact]
    public void FindingsIn_AnUntranslatedLanguage_FindsNothing()
    {
        var release = Assigned();

        Assert.All(release.FindingsIn(Language.De), s => Assert.Empty(s.Results));
    }

    [Fact]
    public void AcknowledgeFinding_ByTheAssignee_CoversTheWarningWithTheReason()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);
        var warning = Warning(release, ContactSegment);

        release.AcknowledgeFinding(release.Segments[ContactSegment - 1], Language.Fr, warning.Finding.Code, warning.ValuesKey,
            "  House style of the ministry  ", People.Francoise, Now);

        var acknowledged = Warning(release, ContactSegment);
        Assert.Equal("House style of the ministry", acknowledged.Acknowledgement?.Reason);
        Assert.Equal((People.Francoise.Id, Now), (acknowledged.Acknowledgement!.AuthorId, acknowledged.Acknowledgement.At));
    }

    [Fact]
    public void Acknowledgement_AfterAnEditKeepingTheSameProblem_StillCovers_ButNotANewProblem()
    {
        var release = Assigned();
        Save(release, ContactSegment, Language.Fr, "Contact presse :");
        Acknowledge(release, ContactSegment, People.Francoise);

        Save(release, ContactSegment, Language.Fr, "Contact de presse :");
        Assert.True(Warning(release, ContactSegment).IsAcknowledged);

        Save(release, ContactSegment, Language.Fr, "Contact de presse  :");
        var results = release.FindingsIn(Language.Fr)[ContactSegment - 1].Results;
        Assert.Contains(results, r => r.Finding.Code == "check.french-no-break-space" && r.IsAcknowledged);
        Assert.Contains(results, r => r.Finding.Code == "check.double-space" && !r.IsAcknowledged);
    }

    [Fact]
    public void AcknowledgeFinding_OfAnError_IsRefused()
    {
        var release = Assigned();
        var segment = release.Segments[9];
        Save(release, 10, Language.Fr, FrenchWithoutTheNumber);
        var error = release.FindingsIn(Language.Fr)[9].Results.Single(r => r.IsError);

        var refused = Assert.Throws<RefusedException>(() => release.AcknowledgeFinding(
            segment, Language.Fr, error.Finding.Code, error.ValuesKey, "The number is wrong in the source", People.Francoise, Now));

        Assert.Equal("acknowledgement.error", refused.Refusal.Code);
        Assert.Empty(release.Translation(segment, Language.Fr).Acknowledgements);
    }

    [Fact]
    public void AcknowledgeFinding_NotFoundNow_IsRefused()
    {
        var release = Assigned();
        var warning = Warning(TranslatedFrench(), ContactSegment);
        Save(release, ContactSegment, Language.Fr, "Contact presse\u00a0:");

        var refused = Assert.Throws<RefusedException>(() => release.AcknowledgeFinding(release.Segments[ContactSegment - 1], Language.Fr,
            warning.Finding.Code, warning.ValuesKey, "House style", People.Francoise, Now));

        Assert.Equal("acknowledgement.finding-gone", refused.Refusal.Code);
    }

    [Theory]
    [InlineData("", "acknowledgement.reason-required")]
    [InlineData("   ", "acknowledgement.reason-required")]
    [InlineData(null, "acknowledgement.reason-too-long")]
    public void AcknowledgeFinding_WithoutAFittingReason_IsRefused(string? reason, string code)
    {
        var release = TranslatedFrench();
        var warning = Warning(release, ContactSegment);

        var refused = Assert.Throws<RefusedException>(() => release.AcknowledgeFinding(release.Segments[ContactSegment - 1], Language.Fr,
            warning.Finding.Code, warning.ValuesKey, reason ?? new string('x', CheckAcknowledgement.MaxReasonLength + 1), People.Francoise, Now));

        Assert.Equal(code, refused.Refusal.Code);
    }

    [Fact]
    public void AcknowledgeFinding_BySomeoneElse_IsForbidden()
    {
        var release = TranslatedFrench();

        Assert.Throws<ForbiddenException>(() => Acknowledge(release, ContactSegment, People.Translator("marie", "Marie", Language.Fr)));
        Assert.Throws<ForbiddenException>(() => Acknowledge(release, ContactSegment, People.Anna));
    }

    [Fact]
    public void AcknowledgeFinding_WhileInReview_IsForTheEditorsNotTheTranslator()
    {
        var release = TranslatedFrench();
        release.Submit(Language.Fr, People.Francoise, Now);

        Assert.Throws<ForbiddenException>(() => Acknowledge(release, ContactSegment, People.Francoise));
        Acknowledge(release, ContactSegment, People.Anna);

        Assert.Equal(People.Anna.Id, Warning(release, ContactSegment).Acknowledgement?.AuthorId);
    }

    private static Release TranslatedFrench()
    {
        var release = Assigned();
        TranslateAll(release, Language.Fr);
        return release;
    }

    private static CheckResult Warning(Release release, int number) =>
        release.FindingsIn(Language.Fr)[number - 1].Results.First(r => r.Finding.Code == "check.french-no-break-space");

    private static void Acknowledge(Release release, int number, Domain.Users.Actor actor)
    {
        var warning = Warning(release, number);
        release.AcknowledgeFinding(release.Segments[number - 1], Language.Fr, warning.Finding.Code, warning.ValuesKey, "House style", actor, Now);
    }
}
