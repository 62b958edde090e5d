namespace Translate.Domain.Users;

/// <summary>What a person may do (DOMAIN.md, People). A person may hold several roles.</summary>
public enum Role
{
    Admin,
    Editor,
    Translator,
}
