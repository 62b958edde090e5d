using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Translate.Application;
using Translate.Data;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

internal static class AccountServiceCollectionExtensions
{
    /// <summary>Signing in with ASP.NET Core Identity: cookies, roles as policies, disabled people refused.</summary>
    public static IServiceCollection AddTranslateAccounts(this IServiceCollection services, IConfiguration configuration)
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

        // Users, roles and their rules are the application's (AddTranslateApplication); the web adds signing in.
        new IdentityBuilder(typeof(TranslateUser), typeof(IdentityRole), services)
            .AddErrorDescriber<LocalizedIdentityErrors>()
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
        services.AddSettings<AdminOptions>(configuration, AdminOptions.Read);
        services.AddScoped<FirstAdmin>();
        return services;
    }
}
