using Microsoft.Extensions.Options;
using Translate.Application.Users;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

/// <summary>
/// The first admin from configuration (for example the environment variables Admin__Email and Admin__Password),
/// created once, when the database has no admin yet.
/// </summary>
internal sealed class FirstAdmin(IOptions<AdminOptions> options, PeopleService people, ILogger<FirstAdmin> logger)
{
    /// <exception cref="OptionsValidationException">Identity refused the settings (a weak password, an e-mail taken).</exception>
    public async Task CreateFromConfigurationAsync()
    {
        if (options.Value is not { Email: { } email, Password: { } password } admin || await people.HasAdminAsync())
        {
            return;
        }

        var result = await people.CreateAtSetupAsync(new NewPerson(email, admin.Name ?? email, password, [Role.Admin], []));
        if (!result.Succeeded)
        {
            // Only Identity knows its password rules, so this setting is judged here, and stops the app as any wrong setting.
            throw new OptionsValidationException(Options.DefaultName, typeof(AdminOptions),
                [$"Admin:Email and Admin:Password were refused for the first admin: {string.Join(" ", result.Errors.Select(e => e.Description))}"]);
        }

        logger.LogInformation("Created the first admin {Email} from configuration.", email);
    }
}
