using Translate.Application;
using Translate.Domain.Workflow;
using Translate.Web.Components.Shared;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Shared;

public sealed class RefusableTests
{
    [Fact]
    public async Task AnActionThatRuns_IsNoRefusal()
    {
        var ran = false;

        Assert.Null(await Refusable.RunAsync(() => { ran = true; return Task.CompletedTask; }));
        Assert.True(ran);
    }

    [Fact]
    public async Task ARuleRefusalAndSomethingNotFound_AreRefusalsAlike()
    {
        Assert.Equal("release.title-required", (await Refusable.RunAsync(() => throw new RefusedException(Refusals.TitleRequired())))?.Refusal.Code);
        Assert.IsType<NotFoundException>(await Refusable.RunAsync(() => throw new NotFoundException(NotFoundRefusals.Release("gone"))));
    }

    [Fact]
    public async Task ARefusal_IsWordedInTheReadersLanguage()
    {
        using var french = new UiCulture("fr");

        var text = await Refusable.RunAsync(() => throw new RefusedException(Refusals.TitleRequired()), AppLocales.Localizer);

        Assert.Equal(AppLocales.Localizer["refusal.release.title-required"].Value, text);
        Assert.NotEqual("A release needs a title.", text);
    }

    [Fact]
    public async Task AFault_IsNoRefusal_AndGoesOn()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Refusable.RunAsync(() => throw new InvalidOperationException("a bug")));
        await Assert.ThrowsAsync<FormatException>(() => Refusable.RunAsync(() => throw new FormatException("not a file")));
    }

    [Fact]
    public async Task AProblemOfAnUploadedFile_IsARefusalOnFilesOnly()
    {
        using var english = new UiCulture("en");

        var text = await Refusable.RunOnFileAsync(() => throw new FormatException("unreadable"), AppLocales.Localizer);

        Assert.Equal(AppLocales.Localizer["file-problem.unreadable"].Value, text);
    }
}
