using Translate.Domain.Workflow;

namespace Translate.Application.Users;

/// <summary>Why managing people is refused: the admin's rules, beside the workflow's <see cref="Refusals"/>.</summary>
public static class PeopleRefusals
{
    public static Refusal AdminsOnly(string name) =>
        Refusal.Create("people.admin-required", $"{name} is not an admin; only admins may manage people.", ("person", name));

    public static Refusal DisableSelf() =>
        Refusal.Create("people.disable-self", "You cannot disable your own account; another admin must do it.");

    public static Refusal OwnAdminRole() =>
        Refusal.Create("people.own-admin-role", "You cannot remove your own Admin role; another admin must do it.");
}
