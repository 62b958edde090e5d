using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;
using Translate.Testing;
using Translate.Web.Accounts;
using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Admin;

public sealed class AccountAdministrationTests : IAsyncLifetime
{
    private WebApp _app = null!;
    private AsyncServiceScope _scope;

    private AccountAdministration Accounts => _scope.ServiceProvider.GetRequiredService<AccountAdministration>();

    public async Task InitializeAsync()
    {
        _app = await WebApp.StartAsync();
        _scope = _app.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }

    /// <summary>An editor and a translator are not admins; an unknown id is nobody Translate knows.</summary>
    public static TheoryData<string, string> NotAdmins => new()
    {
        { People.Anna.Id, "people.admin-required" },
        { People.Francoise.Id, "people.admin-required" },
        { "nobody", "user.unknown" },
    };

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task EveryAction_ByAnyoneButAnAdmin_IsForbiddenAndChangesNothing(string actorId, string code)
    {
        var refusals = new List<ForbiddenException>
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.ListAsync(actorId)),
            await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.CreateAsync(actorId,
                new NewPerson("greta@test.lu", "Greta", "Strong-password-9", [Role.Admin], []))),
            await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.SetRolesAsync(actorId, People.Lena.Id, [Role.Admin])),
            await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.SetWorkingLanguagesAsync(actorId, People.Lena.Id, [Language.Fr])),
            await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.SetDisabledAsync(actorId, People.Lena.Id, true)),
        };

        Assert.All(refusals, r => Assert.Equal(code, r.Refusal.Code));
        var lena = await UserAsync(People.Lena.Id);
        Assert.False(lena.IsDisabled);
        Assert.Equal([Language.Lb], lena.WorkingLanguages);
        Assert.Null(await UserByEmailAsync("greta@test.lu"));
    }

    [Fact]
    public async Task EveryAction_ByADisabledAdmin_IsForbidden()
    {
        var second = new Actor("root2", "Second Admin", new HashSet<Role> { Role.Admin }, new HashSet<Language>());
        await _app.AddUserAsync(second);
        await Accounts.SetDisabledAsync(People.Admin.Id, second.Id, true);

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => Accounts.SetDisabledAsync(second.Id, People.Admin.Id, true));

        Assert.Equal("user.unknown", refusal.Refusal.Code);
    }

    [Fact]
    public async Task SetDisabled_OfYourself_IsRefused()
    {
        var refusal = await Assert.ThrowsAsync<RefusedException>(() => Accounts.SetDisabledAsync(People.Admin.Id, People.Admin.Id, true));

        Assert.Equal("people.disable-self", refusal.Refusal.Code);
        Assert.False((await UserAsync(People.Admin.Id)).IsDisabled);
    }

    [Fact]
    public async Task SetRoles_WithoutYourOwnAdminRole_IsRefused()
    {
        var refusal = await Assert.ThrowsAsync<RefusedException>(() => Accounts.SetRolesAsync(People.Admin.Id, People.Admin.Id, [Role.Editor]));

        Assert.Equal("people.own-admin-role", refusal.Refusal.Code);
        Assert.Equal([Role.Admin], (await Accounts.ListAsync(People.Admin.Id)).Single(p => p.Id == People.Admin.Id).Roles);
    }

    [Fact]
    public async Task SetRoles_GivesExactlyThoseRolesAndEndsOpenSessions()
    {
        var stamp = (await UserAsync(People.Francoise.Id)).SecurityStamp;

        var result = await Accounts.SetRolesAsync(People.Admin.Id, People.Francoise.Id, [Role.Editor]);

        Assert.True(result.Succeeded);
        Assert.Equal([Role.Editor], (await Accounts.ListAsync(People.Admin.Id)).Single(p => p.Id == People.Francoise.Id).Roles);
        Assert.NotEqual(stamp, (await UserAsync(People.Francoise.Id)).SecurityStamp);
    }

    [Fact]
    public async Task SetDisabled_EndsOpenSessionsAndTheDisabledPersonCanNoLongerAct()
    {
        var stamp = (await UserAsync(People.Anna.Id)).SecurityStamp;

        await Accounts.SetDisabledAsync(People.Admin.Id, People.Anna.Id, true);

        var anna = await UserAsync(People.Anna.Id);
        Assert.True(anna.IsDisabled);
        Assert.NotEqual(stamp, anna.SecurityStamp);
        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => _app.Get<ReleaseService>().CreateAsync(People.Anna.Id,
            new NewRelease("Title", Language.En, null, new DateOnly(2026, 12, 1), null, "Text.")));
        Assert.Equal("user.unknown", refusal.Refusal.Code);
    }

    private async Task<TranslateUser> UserAsync(string id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>().FindByIdAsync(id))!;
    }

    private async Task<TranslateUser?> UserByEmailAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>().FindByEmailAsync(email);
    }
}
