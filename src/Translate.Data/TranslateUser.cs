using Microsoft.AspNetCore.Identity;
using Translate.Domain.Languages;

namespace Translate.Data;

/// <summary>A person who signs in: an ASP.NET Core Identity user with a display name and working languages.</summary>
public sealed class TranslateUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The languages a translator translates into.</summary>
    public List<Language> WorkingLanguages { get; set; } = [];

    /// <summary>A disabled person cannot sign in or act, but their name stays on their past work.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The culture the person chose for the app's own UI (en, fr, de, lb, zh-Hans); null until they choose.</summary>
    public string? UiCulture { get; set; }
}
