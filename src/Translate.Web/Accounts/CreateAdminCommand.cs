using Translate.Application.Users;
using Translate.Domain.Users;

namespace Translate.Web.Accounts;

/// <summary>
/// <c>create-admin --email E --name N</c>: makes the first admin of a database without demo data.
/// The password comes from <c>--password</c> or, better kept out of shell history, TRANSLATE_ADMIN_PASSWORD.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "TRANSLATE_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var options = Options(args.Skip(1).ToArray());
        if (options is null || options.ContainsKey("help") || !options.TryGetValue("email", out var email))
        {
            await error.WriteLineAsync($"Usage: {Name} --email <address> [--name <display name>] [--password <password>]");
            await error.WriteLineAsync($"The password may instead be given in the environment variable {PasswordVariable}.");
            return options?.ContainsKey("help") == true ? 0 : 2;
        }

        var password = options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"No password: pass --password or set {PasswordVariable}.");
            return 2;
        }

        await DatabaseSetup.MigrateAsync(services);
        var result = await services.GetRequiredService<PeopleService>()
            .CreateAtSetupAsync(new NewPerson(email, options.GetValueOrDefault("name") ?? email, password, [Role.Admin], []));
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"The admin {email} was not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"Created the admin {email}.");
        return 0;
    }

    /// <summary>"--key value" pairs; null when an option lacks its value.</summary>
    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            var key = args[i][2..];
            if (key == "help")
            {
                options[key] = "";
            }
            else if (i + 1 < args.Length)
            {
                options[key] = args[++i];
            }
            else
            {
                return null;
            }
        }

        return options;
    }
}
