using System.ComponentModel.DataAnnotations;
using Translate.Application;

namespace Translate.Web.Accounts;

/// <summary>"Admin": the first admin, created at start on a database that has none (<see cref="FirstAdmin"/>).</summary>
internal sealed class AdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>The admin's display name; their e-mail where it is not given.</summary>
    public string? Name { get; set; }

    // The password is never quoted back.
    public static void Read(SettingsReader settings, AdminOptions options)
    {
        options.Email = settings.Text("Admin:Email");
        options.Password = settings.Text("Admin:Password");
        options.Name = settings.Text("Admin:Name");
        if (options.Email is null && options.Password is not null)
        {
            settings.Refuse("Admin:Email must be set with Admin:Password: together they make the first admin.");
        }
        else if (options.Email is not null && options.Password is null)
        {
            settings.Refuse("Admin:Password must be set with Admin:Email: together they make the first admin.");
        }
        else if (options.Email is not null && !new EmailAddressAttribute().IsValid(options.Email))
        {
            settings.Refuse($"Admin:Email must be an e-mail address (got '{options.Email}').");
        }
    }
}
