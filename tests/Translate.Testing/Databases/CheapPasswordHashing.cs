using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Translate.Testing;

/// <summary>
/// Identity's password hashing at one PBKDF2 round instead of its 100,000, for the tests' hosts only (the app keeps the
/// default): the tests' passwords guard nothing, and each sign-in and each person created paid the full rounds.
/// </summary>
public static class CheapPasswordHashing
{
    public static IServiceCollection UseCheapPasswordHashing(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1);
}
