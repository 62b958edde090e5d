using System.ComponentModel.DataAnnotations;
using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Web.Components.Pages.Admin;

/// <summary>What the admin fills in to add a person. The messages are keys of locales/, shown translated by LocalizedValidationSummary.</summary>
internal sealed class PersonForm
{
    [Required(ErrorMessage = "people.add.email-required")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "people.add.name-required")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "people.add.password-required")]
    public string Password { get; set; } = string.Empty;

    public HashSet<Role> Roles { get; } = [Role.Translator];

    public HashSet<Language> WorkingLanguages { get; } = [];
}
