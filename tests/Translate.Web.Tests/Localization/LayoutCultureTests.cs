using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Translate.Testing;
using Translate.Web.Components.Layout;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Localization;

/// <summary>The layout (nav, switcher) as a person sees it in the UI culture of their circuit.</summary>
public sealed class LayoutCultureTests : ComponentTest
{
    [Theory]
    [InlineData("zh-Hans", "新闻稿", "术语表", "翻译记忆库", "新建新闻稿", "人员", "退出登录", "语言")]
    [InlineData("lb", "Pressematdeelungen", "Glossar", "Iwwersetzungsspäicher", "Nei Pressematdeelung", "Persounen", "Ofmellen", "Sprooch")]
    [InlineData("en", "Releases", "Glossary", "Translation memory", "New release", "People", "Sign out", "Language")]
    public void Layout_InTheUiCulture_ShowsTheTranslatedNavigation(
        string culture, string releases, string glossary, string memory, string newRelease, string people, string signOut, string language)
    {
        SignInAs(People.Admin);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var cut = Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

            Assert.Equal([releases, glossary, memory, newRelease, people], cut.FindAll("nav .nav-links a").Select(a => a.TextContent.Trim()));
            Assert.Equal(signOut, cut.Find("form.sign-out button").TextContent.Trim());
            var switcher = cut.Find("form.language-switcher [role='group']");
            Assert.Equal(language, cut.Find($"#{switcher.GetAttribute("aria-labelledby")}").TextContent.Trim());
            var buttons = switcher.QuerySelectorAll("button[type='submit'][name='culture']");
            Assert.Equal(
                ["English", "Français", "Deutsch", "Lëtzebuergesch", "中文"],
                buttons.Select(b => b.TextContent.Trim()));
            Assert.Equal(["en", "fr", "de", "lb", "zh-Hans"], buttons.Select(b => b.GetAttribute("value")));
            Assert.Equal(["en", "fr", "de", "lb", "zh-Hans"], buttons.Select(b => b.GetAttribute("lang")));
            Assert.Equal(culture, Assert.Single(buttons, b => b.GetAttribute("aria-current") == "true").GetAttribute("value"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
