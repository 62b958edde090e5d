using Translate.Domain.Languages;
using Translate.Domain.Workflow;

namespace Translate.Domain.Users;

/// <summary>The person acting, as the rules see them: who, in which roles, for which languages.</summary>
public sealed record Actor(string Id, string Name, IReadOnlySet<Role> Roles, IReadOnlySet<Language> WorkingLanguages)
{
    /// <summary>An admin may do everything an editor may.</summary>
    public bool IsEditor => Roles.Contains(Role.Editor) || Roles.Contains(Role.Admin);

    public bool IsAdmin => Roles.Contains(Role.Admin);

    public bool CanTranslate(Language language) =>
        Roles.Contains(Role.Translator) && WorkingLanguages.Contains(language);

    public void EnsureEditor()
    {
        if (!IsEditor)
        {
            throw new ForbiddenException(Refusals.EditorsOnly(this));
        }
    }
}
