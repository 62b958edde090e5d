using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Translate.Application.Users;
using Translate.Application.Releases;
using Translate.Data;
using Translate.Domain.Languages;
using Translate.Domain.Users;
using Translate.Domain.Workflow;
using Translate.Testing;

namespace Translate.Application.Tests.Users;

public sealed class PeopleServiceTests : ApplicationTest
{
    private PeopleService PeopleAdmin => App.Get<PeopleService>();

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
            await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.ListAsync(actorId)),
            await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.CreateAsync(actorId,
                new NewPerson("greta@test.lu", "Greta", "Strong-password-9", [Role.Admin], []))),
            await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.SetRolesAsync(actorId, People.Lena.Id, [Role.Admin])),
            await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.SetWorkingLanguagesAsync(actorId, People.Lena.Id, [Language.Fr])),
            await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.SetDisabledAsync(actorId, People.Lena.Id, true)),
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
        await App.AddUserAsync(second);
        await PeopleAdmin.SetDisabledAsync(People.Admin.Id, second.Id, true);

        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => PeopleAdmin.SetDisabledAsync(second.Id, People.Admin.Id, true));

        Assert.Equal("user.unknown", refusal.Refusal.Code);
    }

    [Fact]
    public async Task SetDisabled_OfYourself_IsRefused()
    {
        var refusal = await Assert.ThrowsAsync<RefusedException>(() => PeopleAdmin.SetDisabledAsync(People.Admin.Id, People.Admin.Id, true));

        Assert.Equal("people.disable-self", refusal.Refusal.Code);
        Assert.False((await UserAsync(People.Admin.Id)).IsDisabled);
    }

    [Fact]
    public async Task SetRoles_WithoutYourOwnAdminRole_IsRefused()
    {
        var refusal = await Assert.ThrowsAsync<RefusedException>(() => PeopleAdmin.SetRolesAsync(People.Admin.Id, People.Admin.Id, [Role.Editor]));

        Assert.Equal("people.own-admin-role", refusal.Refusal.Code);
        Assert.Equal([Role.Admin], (await PeopleAdmin.ListAsync(People.Admin.Id)).Single(p => p.Id == People.Admin.Id).Roles);
    }

    [Fact]
    public async Task SetRoles_GivesExactlyThoseRolesAndEndsOpenSessions()
    {
        var stamp = (await UserAsync(People.Francoise.Id)).SecurityStamp;

        var result = await PeopleAdmin.SetRolesAsync(People.Admin.Id, People.Francoise.Id, [Role.Editor]);

        Assert.True(result.Succeeded);
        Assert.Equal([Role.Editor], (await PeopleAdmin.ListAsync(People.Admin.Id)).Single(p => p.Id == People.Francoise.Id).Roles);
        Assert.NotEqual(stamp, (await UserAsync(People.Francoise.Id)).SecurityStamp);
    }

    [Fact]
    public async Task SetDisabled_EndsOpenSessionsAndTheDisabledPersonCanNoLongerAct()
    {
        var stamp = (await UserAsync(People.Anna.Id)).SecurityStamp;

        await PeopleAdmin.SetDisabledAsync(People.Admin.Id, People.Anna.Id, true);

        var anna = await UserAsync(People.Anna.Id);
        Assert.True(anna.IsDisabled);
        Assert.NotEqual(stamp, anna.SecurityStamp);
        var refusal = await Assert.ThrowsAsync<ForbiddenException>(() => Releases.CreateAsync(People.Anna.Id,
            new NewRelease("Title", Language.En, null, new DateOnly(2026, 12, 1), null, "Text.")));
        Assert.Equal("user.unknown", refusal.Refusal.Code);
    }

    private async Task<TranslateUser> UserAsync(string id)
    {
        await using var scope = App.Get<IServiceScopeFactory>().CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>().FindByIdAsync(id))!;
    }

    private async Task<TranslateUser?> UserByEmailAsync(string email)
    {
        await using var scope = App.Get<IServiceScopeFactory>().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<TranslateUser>>().FindByEmailAsync(email);
    }
}
