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
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private ApplicationFixture(TestDatabase database)
    {
        _database = database;
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddTranslateDatabase(DatabaseProvider.Sqlite, database.ConnectionString, database.Folder)
            .AddTranslateApplication(new ConfigurationBuilder().Build())
            .UseCheapPasswordHashing()
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Steps.Now);

    public static async Task<ApplicationFixture> StartAsync() => new(await TestDatabase.WithCastAsync());

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
            Email = People.Email(person),
            NormalizedEmail = People.Email(person).ToUpperInvariant(),
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
        _database.Dispose();
    }
}
