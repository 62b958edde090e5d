using Translate.Application.Users;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

/// <summary>
/// The first admin from configuration (for example the environment variables Admin__Email and Admin__Password),
/// created once, when the database has no admin yet.
/// </summary>
internal sealed class FirstAdmin(IConfiguration configuration, PeopleService people, ILogger<FirstAdmin> logger)
{
    public async Task CreateFromConfigurationAsync()
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await people.HasAdminAsync())
        {
            return;
        }

        var result = await people.CreateAtSetupAsync(new NewPerson(email, configuration["Admin:Name"] ?? email, password, [Role.Admin], []));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The first admin {email} could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        logger.LogInformation("Created the first admin {Email} from configuration.", email);
    }
}
