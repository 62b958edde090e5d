using Microsoft.Playwright;
using Translate.Application.Editing;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Users;
using Translate.Domain.Workflow;
using Translate.EndToEnd.Support;
using Translate.Testing;
using static Microsoft.Playwright.Assertions;

namespace Translate.EndToEnd;

/// <summary>
/// The whole story as the press office lives it, in one browser per person: an editor creates the sample release
/// and assigns it, four translators type the reference translations by keyboard, a segment goes back and is fixed,
/// publishing is refused until every language is approved by a second pair of eyes, and the exports match the references.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StoryTests(Chromium chromium, AppServer app) : IClassFixture<AppServer>
{
    private const string Comment = "Lëtzebuerg is written with ë.";

    private static readonly Language[] Targets = [Language.Fr, Language.De, Language.Lb, Language.Zh];

    // The Luxembourgish title is first typed with a mistake, which the editor sends back.
    private static readonly string MistypedLbTitle = Reference(1, Language.Lb).Replace("Lëtzebuerg", "Letzebuerg", StringComparison.Ordinal);

    [BrowserFact]
    public async Task TheSampleRelease_IsCreatedTranslatedReviewedAndPublished_AndItsExportsEqualTheReferences()
    {
        await using var people = new Sessions(chromium, app);

        var slug = await CreateTheReleaseAsync(await people.OfAsync(People.Anna));
        await AssignAsync(await people.OfAsync(People.Anna), slug);
        await TranslateAndSubmitAsync(people, slug);
        await SendBackTheLuxembourgishTitleAsync(await people.OfAsync(People.Ben), slug);
        await PublishingIsRefusedWhileLanguagesAreUnapprovedAsync(await people.OfAsync(People.Anna), slug);
        await FixTheLuxembourgishTitleAsync(people, slug);
        await ApproveWithFourEyesAsync(people, slug);
        await PublishAsync(await people.OfAsync(People.Anna), slug);
        await ExportsEqualTheReferencesAsync(await people.OfAsync(People.Anna), slug);
    }

    /// <summary>Anna fills in the new release page by its labels, uploads en.txt, and starts translation.</summary>
    private static async Task<string> CreateTheReleaseAsync(IPage anna)
    {
        await anna.OpenAsync("releases/new");
        await anna.Field("Title").FillAsync(SampleRelease.Title);
        await anna.Field("Upload a document").SetInputFilesAsync(Path.Combine(SampleRelease.Folder, "en.txt"));
        await Expect(anna.GetByRole(AriaRole.Textbox, new() { Name = "Source text", Exact = true })).ToHaveValueAsync(
            new System.Text.RegularExpressions.Regex("^Luxembourg cooperates with China"));
        foreach (var language in Targets)
        {
            await Expect(anna.Field($"{language.Culture().EnglishName} ({language.Code()})")).ToBeCheckedAsync();
        }

        await anna.Button("Preview segmentation").ClickAsync();
        await Expect(anna.GetByText(SampleRelease.Segments[^1].Text[Language.En]).First).ToBeVisibleAsync();
        await Expect(anna.Field("Start translation now")).ToBeCheckedAsync();
        await Screenshots.TakeAsync(anna, "new-release");
        await anna.AssertNoSeriousViolationsAsync();

        await anna.Button("Create release").ClickAsync();
        await anna.WaitForURLAsync(url => !url.EndsWith("/releases/new", StringComparison.Ordinal));
        await Expect(anna.Heading(SampleRelease.Title)).ToBeVisibleAsync();
        await Expect(anna.GetByText("In translation").First).ToBeVisibleAsync();
        return new Uri(anna.Url).AbsolutePath.Split('/')[^1];
    }

    /// <summary>fr to Françoise with two segments for Claire, de and zh whole, lb split between Lena and Luc by word count.</summary>
    private static async Task AssignAsync(IPage anna, string slug)
    {
        var segments = SampleRelease.Segments.Count;
        foreach (var language in new[] { Language.Fr, Language.De, Language.Zh })
        {
            var translator = Steps.TranslatorOf[language];
            await anna.OpenAsync($"releases/{slug}/assign/{language.Code()}");
            await anna.Field("Assign all to").SelectOptionAsync(new SelectOptionValue { Label = translator.Name });
            await anna.Button("Assign all segments").ClickAsync();
            await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync($"All {segments} segments assigned to {translator.Name}.");
        }

        await anna.OpenAsync($"releases/{slug}/assign/fr");
        await anna.Field("Assign segments from").FillAsync("1");
        await anna.Field("to").FillAsync("2");
        await anna.Field("to translator").SelectOptionAsync(new SelectOptionValue { Label = People.Claire.Name });
        await anna.Button("Assign the range").ClickAsync();
        await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Segments 1 to 2 assigned to {People.Claire.Name}.");

        await anna.OpenAsync($"releases/{slug}/assign/lb");
        await anna.Field(People.Lena.Name).CheckAsync();
        await anna.Field(People.Luc.Name).CheckAsync();
        await Expect(anna.GetByRole(AriaRole.Table, new() { Name = "Preview: who gets which segments" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(anna, "assign-split");
        await anna.AssertNoSeriousViolationsAsync();
        await anna.Button("Split among the chosen translators").ClickAsync();
        await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync("Luxembourgish split by word count among Lena, Luc.");
    }

    /// <summary>Each translator, in their own browser, types their segments by keyboard; the last of each language submits it.</summary>
    private async Task TranslateAndSubmitAsync(Sessions people, string slug)
    {
        var work = new (Actor Translator, Language Language, bool Submits)[]
        {
            (People.Claire, Language.Fr, false), (People.Francoise, Language.Fr, true), (People.Dieter, Language.De, true),
            (People.Lena, Language.Lb, false), (People.Luc, Language.Lb, true), (People.Zhang, Language.Zh, true),
        };
        foreach (var (translator, language, submits) in work)
        {
            var assigned = await AssignedAsync(slug, language, translator);
            Assert.NotEmpty(assigned);
            var page = await people.OfAsync(translator);
            await page.OpenAsync($"releases/{slug}/translate/{language.Code()}");
            var typed = await page.TypeOpenSegmentsAsync(assigned[0], n => language == Language.Lb && n == 1 ? MistypedLbTitle : Reference(n, language));
            Assert.Equal(assigned, typed);
            if (translator == People.Francoise)
            {
                await Screenshots.TakeAsync(page, "editor");
            }

            if (submits)
            {
                await SubmitAsync(page, slug, language);
            }
        }
    }

    private static async Task SubmitAsync(IPage translator, string slug, Language language)
    {
        await translator.OpenAsync($"releases/{slug}");
        await translator.Button($"Submit {language.Code()} for review").ClickAsync();
        await Expect(translator.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{language.Code()} is submitted for review.");
    }

    private static async Task SendBackTheLuxembourgishTitleAsync(IPage ben, string slug)
    {
        await ben.OpenAsync($"releases/{slug}/review/lb");
        await Expect(ben.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextString = MistypedLbTitle })).ToBeVisibleAsync();
        await ben.Field("Send back segment 1").CheckAsync();
        await ben.Field("Comment on segment 1").FillAsync(Comment);
        await Screenshots.TakeAsync(ben, "review");
        await ben.AssertNoSeriousViolationsAsync();
        await ben.Button("Request changes").ClickAsync();
        await Expect(ben.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 segment of Luxembourgish sent back.");
        await Expect(ben.GetByText($"Sent back: {Comment}")).ToBeVisibleAsync();
    }

    /// <summary>The release page refuses to publish and names each unapproved language and its state.</summary>
    private static async Task PublishingIsRefusedWhileLanguagesAreUnapprovedAsync(IPage anna, string slug)
    {
        await anna.OpenAsync($"releases/{slug}");
        await anna.Button("Publish").ClickAsync();
        await Expect(anna.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Publication refused: see the reasons under Publication.");
        var reasons = anna.GetByRole(AriaRole.List, new() { Name = "Publishing is not possible yet:" }).GetByRole(AriaRole.Listitem);
        await Expect(reasons).ToHaveTextAsync(
        [
            "fr is not approved: it is “In review”.",
            "de is not approved: it is “In review”.",
            "lb is not approved: it is “Changes requested”, with 1 segment(s) not translated.",
            "zh is not approved: it is “In review”.",
        ]);
        await Screenshots.TakeAsync(anna, "release-publication-refused");
        await anna.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The translator of the title sees the editor's comment on it in the editor, fixes it, and resubmits.</summary>
    private async Task FixTheLuxembourgishTitleAsync(Sessions people, string slug)
    {
        var assignee = (await AssignedAsync(slug, Language.Lb, People.Lena)).Contains(1) ? People.Lena : People.Luc;
        var page = await people.OfAsync(assignee);
        await page.OpenAsync($"releases/{slug}/translate/lb");
        await Expect(page.Translation(1)).ToHaveValueAsync(MistypedLbTitle);
        await Expect(page.Translation(1)).ToHaveAccessibleDescriptionAsync($"Editor's comment: {Comment}");
        await Screenshots.TakeAsync(page, "editor-comment");
        await page.AssertNoSeriousViolationsAsync();
        Assert.Equal([1], await page.TypeOpenSegmentsAsync(1, n => Reference(n, Language.Lb)));
        await SubmitAsync(page, slug, Language.Lb);
    }

    /// <summary>Claire wrote French, so her approval of fr is refused with the four-eyes message; Ben approves every language.</summary>
    private static async Task ApproveWithFourEyesAsync(Sessions people, string slug)
    {
        var claire = await people.OfAsync(People.Claire);
        await claire.OpenAsync($"releases/{slug}/review/fr");
        await claire.Button("Approve French").ClickAsync();
        await Expect(claire.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refusals.FourEyes(Language.Fr).Message);
        await Screenshots.TakeAsync(claire, "review-four-eyes");
        await claire.AssertNoSeriousViolationsAsync();

        var ben = await people.OfAsync(People.Ben);
        foreach (var language in Targets)
        {
            var name = language.Culture().EnglishName;
            await ben.OpenAsync($"releases/{slug}/review/{language.Code()}");
            await ben.Button($"Approve {name}").ClickAsync();
            await Expect(ben.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{name} approved.");
        }
    }

    private static async Task PublishAsync(IPage anna, string slug)
    {
        await anna.OpenAsync($"releases/{slug}");
        await Expect(anna.GetByText("Every language is approved: the release can be published.")).ToBeVisibleAsync();
        await anna.Button("Publish").ClickAsync();
        await Expect(anna.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published.");
        await Expect(anna.GetByText("Version 1 is published.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(anna, "release-published");
        await anna.AssertNoSeriousViolationsAsync();
    }

    /// <summary>The zip and each language's .txt, downloaded from the release page, are the reference texts.</summary>
    private static async Task ExportsEqualTheReferencesAsync(IPage anna, string slug)
    {
        var zip = Downloads.Unzip(await anna.DownloadAsync(anna.Link("Download all languages (.zip)")));
        foreach (var language in LanguageCodes.All)
        {
            var reference = Downloads.WithoutFinalNewline(SampleRelease.Text(language));
            var txt = Downloads.Text(await anna.DownloadAsync(anna.Link($"Download {language.Code()} as .txt")));
            Assert.Equal(reference, Downloads.WithoutFinalNewline(txt));
            Assert.Equal(reference, Downloads.WithoutFinalNewline(zip[$"{slug}/{language.Code()}.txt"]));
        }
    }

    /// <summary>The segments of a language assigned to a translator, as stored.</summary>
    private async Task<IReadOnlyList<int>> AssignedAsync(string slug, Language language, Actor translator)
    {
        var editor = await app.Get<EditorQueries>().LoadAsync(People.Anna.Id, slug, language);
        return editor.Rows.Where(r => r.AssigneeId == translator.Id).Select(r => r.Number).Order().ToList();
    }

    private static string Reference(int segment, Language language) => SampleRelease.Segments[segment - 1].Text[language];
}
