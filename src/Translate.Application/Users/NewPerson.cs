using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Application.Users;

/// <summary>What an admin fills in to add a person.</summary>
public sealed record NewPerson(string Email, string DisplayName, string Password, IReadOnlyCollection<Role> Roles, IReadOnlyCollection<Language> WorkingLanguages);
