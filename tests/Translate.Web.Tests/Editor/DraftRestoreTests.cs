using Bunit;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Testing;
using Translate.Web.Components.Pages.Editor;

namespace Translate.Web.Tests.Editor;

/// <summary>Typed text the browser kept in session storage comes back after a reload or a lost connection.</summary>
public sealed class DraftRestoreTests : EditorTest
{
    [Fact]
    public async Task StoredDraft_IsRestoredIntoItsRowAndMarked()
    {
        await AssignedSampleAsync();
        var (segmentId, version) = await TranslationAsync(2, Language.Lb);
        var module = JSInterop.SetupModule(ModulePath);
        module.Setup<StoredDraft[]?>("restoreDrafts", _ => true).SetResult([new StoredDraft(segmentId, "Typed before the reload", version)]);

        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.WaitForAssertion(() => Assert.Equal("Typed before the reload", cut.Find("#target-2").GetAttribute("value")));
        Assert.Contains("Unsaved changes restored", Row(cut, 2).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsaved changes restored", Row(cut, 1).TextContent, StringComparison.Ordinal);
        Assert.Equal($"{ReleaseId}:lb:", module.Invocations["restoreDrafts"].Single().Arguments[0]);
    }

    [Fact]
    public async Task SuccessfulSave_ForgetsTheStoredDraft()
    {
        await AssignedSampleAsync();
        var (segmentId, _) = await TranslationAsync(2, Language.Lb);
        var module = JSInterop.SetupModule(ModulePath);
        var cut = OpenEditor(People.Lena, Language.Lb);

        cut.Find("#target-2").Input("Den National Space Science Center");
        cut.Find("#target-2").Focus();
        cut.Find("button[aria-label='Save draft, segment 2']").Click();

        cut.WaitForAssertion(() => Assert.Contains(module.Invocations["forgetDraft"], i => Equals(i.Arguments[0], $"{ReleaseId}:lb:{segmentId}")));
        Assert.Equal(TranslationState.Draft, (await StoredAsync(2, Language.Lb)).State);
    }

    [Fact]
    public async Task Textarea_CarriesItsStorageKeyAndVersionForTheBrowser()
    {
        await AssignedSampleAsync();
        var (segmentId, version) = await TranslationAsync(2, Language.Lb);

        var cut = OpenEditor(People.Lena, Language.Lb);

        var target = cut.Find("#target-2");
        Assert.Equal($"{ReleaseId}:lb:{segmentId}", target.GetAttribute("data-draft-key"));
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), target.GetAttribute("data-version"));
    }
}
