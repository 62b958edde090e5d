using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Releases;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Web.Accounts;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Hosting;

public class StartupTests
{
    [Fact]
    public async Task Demo_OnANewDatabase_CreatesThePeopleAndTheSampleReleasePartWayThroughItsWorkflow()
    {
        await using var app = WebApp.With(("Demo:Enabled", "true"));
        _ = app.Server;
        await using var db = app.NewContext();

        Assert.Equal(8, await db.Users.CountAsync());
        var releases = await db.Releases.Include(r => r.Languages).ToListAsync();
        var sample = releases.Single(r => r.Status == ReleaseStatus.InTranslation);
        Assert.Equal(
            [LanguageState.Approved, LanguageState.InReview, LanguageState.ChangesRequested, LanguageState.NotStarted],
            sample.Languages.Select(l => l.State));
        var sentBack = await db.Translations.SingleAsync(t => t.ReleaseId == sample.Id && t.State == TranslationState.Rejected);
        Assert.Equal(Language.Lb, sentBack.Language);
        Assert.False(string.IsNullOrWhiteSpace(sentBack.ReviewComment));
        Assert.Equal(ReleaseStatus.Published, releases.Single(r => r.Id != sample.Id).Status);
    }

    [Fact]
    public async Task Demo_Off_CreatesNobody()
    {
        await using var app = WebApp.With();
        _ = app.Server;
        await using var db = app.NewContext();

        Assert.Empty(await db.Users.ToListAsync());
        Assert.Empty(await db.Releases.ToListAsync());
    }

    [Fact]
    public async Task FirstAdmin_FromConfiguration_IsCreatedOnAnEmptyDatabaseAndCanSignIn()
    {
        await using var app = WebApp.With(("Admin:Email", "chief@gouv.lu"), ("Admin:Password", "A-long-password-1"), ("Admin:Name", "Chief"));

        var response = await Browser.SignInAsync(Browser.Anonymous(app), "chief@gouv.lu", "A-long-password-1");

        Assert.Equal("/releases", Browser.RedirectPath(response));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("chief@gouv.lu"))!, RoleNames.Name(Role.Admin)));
    }

    [Fact]
    public async Task CreateAdminCommand_CreatesAnAdminWhoCanSignIn()
    {
        await using var app = WebApp.With();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--email", "first@gouv.lu", "--name", "First Admin", "--password", "Another-password-2"], output, error);

        Assert.Equal((0, ""), (exit, error.ToString()));
        Assert.Contains("Created the admin first@gouv.lu.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("/releases", Browser.RedirectPath(await Browser.SignInAsync(Browser.Anonymous(app), "first@gouv.lu", "Another-password-2")));
    }

    [Theory]
    [InlineData(new[] { "create-admin" }, 2, "Usage: create-admin --email")]
    [InlineData(new[] { "create-admin", "--email", "x@gouv.lu" }, 2, "No password")]
    [InlineData(new[] { "create-admin", "--email", "x@gouv.lu", "--password", "short" }, 1, "was not created")]
    public async Task CreateAdminCommand_WithBadInput_SaysWhatIsWrongAndCreatesNobody(string[] args, int expectedExit, string message)
    {
        await using var app = WebApp.With();
        using var error = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(app.Services, args, TextWriter.Null, error);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        await using var db = app.NewContext();
        Assert.Empty(await db.Users.ToListAsync());
    }

    [Fact]
    public async Task TheModelTheAppRunsWith_HasNoChangesMissingFromTheMigrations()
    {
        await using var app = WebApp.With();
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<TranslateDbContext>().Database.HasPendingModelChanges());
    }
}
