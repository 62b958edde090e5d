using Bunit;
using Translate.Testing;
using Translate.Web.Components.Pages.Assign;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Assign;

public sealed class AssignPageTests : ComponentTest
{
    private const string SegmentsTable = "Segments of";

    [Fact]
    public async Task AssignAll_ToATranslator_ShowsThemAsTheAssigneeOfEverySegment()
    {
        var (_, slug) = await App.StartedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "lb"));
        cut.WaitForAssertion(() => Assert.All(cut.Rows(SegmentsTable), r => Assert.Equal("Not assigned", r[3])));

        cut.ByLabel("Assign all to").Change(People.Luc.Id);
        cut.Button("Assign all segments").Click();

        cut.WaitForAssertion(() => Assert.All(cut.Rows(SegmentsTable), r => Assert.Equal("Luc", r[3])));
        Assert.Equal(SampleRelease.Segments.Count, cut.Rows(SegmentsTable).Count);
        Assert.Equal($"All {SampleRelease.Segments.Count} segments assigned to Luc.", cut.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public async Task AssignRange_GivesOnlyThoseSegmentsToTheTranslator()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "lb"));
        cut.WaitForElement("#range-from");

        cut.ByLabel("Assign segments from").Change("3");
        cut.ByLabel("to").Change("5");
        cut.ByLabel("to translator").Change(People.Luc.Id);
        cut.Button("Assign the range").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            ["Lena", "Lena", "Luc", "Luc", "Luc", "Lena"],
            cut.Rows(SegmentsTable).Take(6).Select(r => r[3])));
        Assert.Equal("Segments 3 to 5 assigned to Luc.", cut.Find("[role=status]").TextContent.Trim());
        var luc = cut.Rows("Workload").Single(r => r[0] == "Luc");
        Assert.Equal("3", luc[1]);
    }

    [Fact]
    public async Task SplitPreview_AmongTwoTranslators_ShowsEachTheirShareWithBalancedWords()
    {
        var (_, slug) = await App.StartedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "lb"));
        cut.WaitForElement("fieldset");

        cut.ByLabel("Lena").Change(true);
        cut.ByLabel("Luc").Change(true);

        var preview = cut.Rows("Preview");
        Assert.Equal(["Lena", "Luc"], preview.Select(r => r[0]));
        Assert.StartsWith("1–", preview[0][1], StringComparison.Ordinal);
        var words = preview.Select(r => Number(r[2])).ToList();
        var segments = cut.Rows(SegmentsTable);
        Assert.Equal(segments.Sum(r => Number(r[2])), words.Sum());
        Assert.True(Math.Abs(words[0] - words[1]) <= segments.Max(r => Number(r[2])), $"Unbalanced split: {words[0]} and {words[1]} words.");
        Assert.All(segments, r => Assert.Equal("Not assigned", r[3]));
    }

    [Fact]
    public async Task Split_AssignsTheSegmentsAsPreviewed()
    {
        var (_, slug) = await App.StartedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "lb"));
        cut.WaitForElement("fieldset");
        cut.ByLabel("Lena").Change(true);
        cut.ByLabel("Luc").Change(true);
        var lenasShare = cut.Rows("Preview")[0][1];

        cut.Button("Split among the chosen translators").Click();

        cut.WaitForAssertion(() => Assert.Equal("Luxembourgish split by word count among Lena, Luc.", cut.Find("[role=status]").TextContent.Trim()));
        var lenas = cut.Rows(SegmentsTable).Where(r => r[3] == "Lena").Select(r => r[0]).ToList();
        Assert.Equal(lenasShare, $"1–{lenas[^1]} ({lenas.Count} segments)");
        Assert.All(cut.Rows(SegmentsTable).Skip(lenas.Count), r => Assert.Equal("Luc", r[3]));
    }

    [Fact]
    public async Task AssignRange_StartingAtZero_ShowsTheRefusalAndChangesNothing()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "lb"));
        cut.WaitForElement("#range-from");

        cut.ByLabel("Assign segments from").Change("0");
        cut.ByLabel("to").Change("3");
        cut.ByLabel("to translator").Change(People.Luc.Id);
        cut.Button("Assign the range").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"Segments 0 to 3 are not a range of this release's segments 1 to {SampleRelease.Segments.Count}.",
            cut.Find("[role=alert]").TextContent.Trim()));
        Assert.All(cut.Rows(SegmentsTable), r => Assert.Equal("Lena", r[3]));
        Assert.Empty(cut.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public async Task Translators_AreOnlyThoseOfTheLanguage()
    {
        var (_, slug) = await App.AssignedSampleAsync();
        SignInAs(People.Anna);
        var cut = Render<AssignPage>(p => p.Add(x => x.Slug, slug).Add(x => x.Lang, "fr"));

        cut.WaitForAssertion(() => Assert.Equal(["Claire", "Françoise"], cut.Rows("Workload").Select(r => r[0])));
        Assert.Equal(["Claire", "Françoise"], cut.ByLabel("Assign all to").QuerySelectorAll("option").Select(o => o.TextContent));
    }

    private static int Number(string text) => int.Parse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
}
