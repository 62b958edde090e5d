using System.Net;
using Translate.Domain.Users;
using Translate.Testing;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Http;

/// <summary>Every page, for every kind of person, through the real pipeline: who may open it, who is sent away.</summary>
public sealed class PageAccessTests(PageAccessTests.SampleApp sample) : IClassFixture<PageAccessTests.SampleApp>
{
    public static TheoryData<string, string, string> Matrix => new()
    {
        // page, person (anonymous | translator of another language | translator | editor | admin), expected
        { "/releases", "anonymous", "login" },
        { "/releases", "other-translator", "ok" },
        { "/releases", "translator", "ok" },
        { "/releases", "editor", "ok" },
        { "/releases", "admin", "ok" },
        { "/releases/new", "anonymous", "login" },
        { "/releases/new", "translator", "denied" },
        { "/releases/new", "editor", "ok" },
        { "/releases/new", "admin", "ok" },
        { "/releases/{slug}", "anonymous", "login" },
        { "/releases/{slug}", "other-translator", "ok" },
        { "/releases/{slug}", "editor", "ok" },
        { "/releases/{slug}/translate/lb", "anonymous", "login" },
        { "/releases/{slug}/translate/lb", "other-translator", "ok" },
        { "/releases/{slug}/translate/lb", "translator", "ok" },
        { "/releases/{slug}/review/lb", "anonymous", "login" },
        { "/releases/{slug}/review/lb", "translator", "denied" },
        { "/releases/{slug}/review/lb", "editor", "ok" },
        { "/releases/{slug}/review/lb", "admin", "ok" },
        { "/releases/{slug}/assign/lb", "anonymous", "login" },
        { "/releases/{slug}/assign/lb", "other-translator", "denied" },
        { "/releases/{slug}/assign/lb", "translator", "denied" },
        { "/releases/{slug}/assign/lb", "editor", "ok" },
        { "/admin/users", "anonymous", "login" },
        { "/admin/users", "translator", "denied" },
        { "/admin/users", "editor", "denied" },
        { "/admin/users", "admin", "ok" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Page_ForEachKindOfPerson_OpensOrSendsThemAway(string page, string person, string expected)
    {
        var client = person == "anonymous" ? Browser.Anonymous(sample.App) : await Browser.SignedInAsync(sample.App, Person(person));

        var response = await client.GetAsync(page.Replace("{slug}", sample.Slug, StringComparison.Ordinal));

        switch (expected)
        {
            case "ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case "login":
                Assert.Equal("/Account/Login", Browser.RedirectPath(response));
                break;
            default:
                Assert.Equal("/Account/AccessDenied", Browser.RedirectPath(response));
                break;
        }
    }

    private static Actor Person(string kind) => kind switch
    {
        "other-translator" => People.Dieter,
        "translator" => People.Lena,
        "editor" => People.Anna,
        "admin" => People.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>One app and sample release for the whole matrix: the cases only read.</summary>
    public sealed class SampleApp : IAsyncLifetime
    {
        public WebApp App { get; private set; } = null!;

        public string Slug { get; private set; } = "";

        public async Task InitializeAsync()
        {
            App = await WebApp.StartAsync();
            Slug = (await App.AssignedSampleAsync()).Slug;
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
