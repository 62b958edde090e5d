using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Translate.Data;
using Translate.Domain.Users;
using Translate.Testing;

namespace Translate.Application.Tests;

/// <summary>
/// The application layer as a host composes it, on a real SQLite file of its own, with the cast of
/// <see cref="People"/> as users and a clock the test moves.
/// </summary>
public sealed class ApplicationFixture : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "translate-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private ApplicationFixture()
    {
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddTranslateDatabase(DatabaseProvider.Sqlite, "Data Source=translate.db;Pooling=False", _folder)
            .AddTranslateApplication(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Steps.Now);

    public static async Task<ApplicationFixture> StartAsync()
    {
        var fixture = new ApplicationFixture();
        await TranslateDatabase.MigrateAsync(fixture._services);
        foreach (var person in new[] { People.Anna, People.Ben, People.Admin, People.Francoise, People.Dieter, People.Lena, People.Luc, People.Zhang, People.Claire })
        {
            await fixture.AddUserAsync(person);
        }

        return fixture;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public TranslateDbContext NewContext() => Get<IDbContextFactory<TranslateDbContext>>().CreateDbContext();

    public async Task AddUserAsync(Actor person, bool disabled = false)
    {
        await using var db = NewContext();
        db.Users.Add(new TranslateUser
        {
            Id = person.Id,
            UserName = person.Id,
            NormalizedUserName = person.Id.ToUpperInvariant(),
            // Identity refuses to update a person without a valid, unique e-mail (the people admin's rules).
            Email = $"{person.Id}@test.lu",
            NormalizedEmail = $"{person.Id}@TEST.LU",
            DisplayName = person.Name,
            WorkingLanguages = [.. person.WorkingLanguages],
            IsDisabled = disabled,
        });
        db.UserRoles.AddRange(person.Roles.Select(role => new IdentityUserRole<string> { UserId = person.Id, RoleId = RoleNames.Id(role) }));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
