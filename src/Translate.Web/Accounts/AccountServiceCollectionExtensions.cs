using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Translate.Data;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

internal static class AccountServiceCollectionExtensions
{
    /// <summary>ASP.NET Core Identity on Translate's database: cookie sign-in, roles, lockout after failed attempts.</summary>
    public static IServiceCollection AddTranslateAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });

        // A disabled person's cookie stops working within a minute (the security stamp changes when they are disabled).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

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
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddEntityFrameworkStores<TranslateDbContext>()
            .AddSignInManager<TranslateSignInManager>()
            .AddClaimsPrincipalFactory<TranslateClaimsFactory>()
            .AddDefaultTokenProviders();

        // Sign-ins with addresses that have no account fail and lock out as real ones do (TranslateSignInManager).
        services.AddMemoryCache();
        services.AddSingleton<UnknownAccountAttempts>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, policy => policy.RequireRole(RoleNames.Name(Role.Editor), RoleNames.Name(Role.Admin)))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(RoleNames.Name(Role.Admin)));
        services.AddScoped<CurrentPerson>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<FirstAdmin>();
        return services;
    }
}
