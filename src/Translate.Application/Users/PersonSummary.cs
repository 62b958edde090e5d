using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Application.Users;

/// <summary>One person as the people admin lists them.</summary>
public sealed record PersonSummary(
    string Id, string DisplayName, string Email, IReadOnlyList<Role> Roles, IReadOnlyList<Language> WorkingLanguages, bool IsDisabled, bool IsLockedOut);
