using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Testing;

/// <summary>The cast of the tests: two editors (for four eyes), an admin, and translators per language.</summary>
public static class People
{
    public static readonly Actor Anna = Editor("anna", "Anna Editor");
    public static readonly Actor Ben = Editor("ben", "Ben Editor");
    public static readonly Actor Admin = new("root", "Ada Admin", new HashSet<Role> { Role.Admin }, new HashSet<Language>());
    public static readonly Actor Francoise = Translator("francoise", "Françoise", Language.Fr);
    public static readonly Actor Dieter = Translator("dieter", "Dieter", Language.De);
    public static readonly Actor Lena = Translator("lena", "Lena", Language.Lb);
    public static readonly Actor Luc = Translator("luc", "Luc", Language.Lb);
    public static readonly Actor Zhang = Translator("zhang", "Zhang Wei", Language.Zh);

    /// <summary>An editor who also translates into French: the four-eyes rule is about her.</summary>
    public static readonly Actor Claire = new("claire", "Claire", new HashSet<Role> { Role.Editor, Role.Translator }, new HashSet<Language> { Language.Fr });

    /// <summary>Everyone above: the people a test's database starts with (see <see cref="TestDatabase.WithCastAsync"/>).</summary>
    public static readonly IReadOnlyList<Actor> Cast = [Anna, Ben, Admin, Francoise, Dieter, Lena, Luc, Zhang, Claire];

    /// <summary>The password each person of the cast signs in with.</summary>
    public const string Password = "Test-password-1";

    /// <summary>The e-mail a person of the cast signs in with.</summary>
    public static string Email(Actor person) => $"{person.Id}@test.lu";

    public static Actor Translator(string id, string name, params Language[] languages) =>
        new(id, name, new HashSet<Role> { Role.Translator }, languages.ToHashSet());

    private static Actor Editor(string id, string name) =>
        new(id, name, new HashSet<Role> { Role.Editor }, new HashSet<Language>());
}
