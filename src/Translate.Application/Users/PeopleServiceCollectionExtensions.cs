using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Translate.Data;

namespace Translate.Application.Users;

internal static class PeopleServiceCollectionExtensions
{
    /// <summary>
    /// People's accounts on Identity's core (users, roles, password and lockout rules) and the people admin; signing
    /// in is the host's.
    /// </summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        // Identity's stores take a scoped context; the rest of the app makes one per operation from the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TranslateDbContext>>().CreateDbContext());
        services.AddIdentityCore<TranslateUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TranslateDbContext>();
        services.AddSingleton<PeopleService>();
        return services;
    }
}
