using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Translate.Web.Accounts;

/// <summary>
/// Identity's refusals (a weak password, a taken or malformed e-mail) in the UI language, from <c>locales/</c>;
/// the codes stay Identity's own. Only what an admin can meet when adding a person is worded; the rest say so generally.
/// </summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(base.DefaultError(), "people.identity.default");

    public override IdentityError InvalidEmail(string? email) => Error(base.InvalidEmail(email), "people.identity.invalid-email", email ?? "");

    public override IdentityError DuplicateEmail(string email) => Error(base.DuplicateEmail(email), "people.identity.duplicate-email", email);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(base.InvalidUserName(userName), "people.identity.invalid-user-name", userName ?? "");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(base.DuplicateUserName(userName), "people.identity.duplicate-user-name", userName);

    public override IdentityError PasswordTooShort(int length) => Error(base.PasswordTooShort(length), "people.identity.password-too-short", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(base.PasswordRequiresUniqueChars(uniqueChars), "people.identity.password-unique-chars", uniqueChars);

    public override IdentityError PasswordRequiresDigit() => Error(base.PasswordRequiresDigit(), "people.identity.password-digit");

    public override IdentityError PasswordRequiresLower() => Error(base.PasswordRequiresLower(), "people.identity.password-lower");

    public override IdentityError PasswordRequiresUpper() => Error(base.PasswordRequiresUpper(), "people.identity.password-upper");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(base.PasswordRequiresNonAlphanumeric(), "people.identity.password-non-alphanumeric");

    private IdentityError Error(IdentityError identity, string key, params object[] values) =>
        new() { Code = identity.Code, Description = localizer[key, values] };
}
