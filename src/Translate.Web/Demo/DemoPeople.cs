using Translate.Domain.Languages;
using Translate.Domain.Users;

namespace Translate.Web.Demo;

/// <summary>The demo's people: an admin, two editors (for the four-eyes rule) and a translator per language.</summary>
internal static class DemoPeople
{
    public static readonly DemoPerson Admin = new("admin@translate.demo", "Ada Admin", [Role.Admin], []);
    public static readonly DemoPerson Anna = new("anna@translate.demo", "Anna Weber", [Role.Editor], []);
    public static readonly DemoPerson Ben = new("ben@translate.demo", "Ben Muller", [Role.Editor], []);
    public static readonly DemoPerson Emma = new("emma@translate.demo", "Emma Clarke", [Role.Translator], [Language.En]);
    public static readonly DemoPerson Francoise = new("francoise@translate.demo", "Françoise Martin", [Role.Translator], [Language.Fr]);
    public static readonly DemoPerson Dieter = new("dieter@translate.demo", "Dieter Schmitt", [Role.Translator], [Language.De]);
    public static readonly DemoPerson Lena = new("lena@translate.demo", "Lena Hoffmann", [Role.Translator], [Language.Lb]);
    public static readonly DemoPerson Zhang = new("zhang@translate.demo", "Zhang Wei", [Role.Translator], [Language.Zh]);

    public static IReadOnlyList<DemoPerson> All { get; } = [Admin, Anna, Ben, Emma, Francoise, Dieter, Lena, Zhang];

    public static DemoPerson TranslatorOf(Language language) => All.Single(p => p.Languages.Contains(language));
}

internal sealed record DemoPerson(string Email, string Name, IReadOnlyList<Role> Roles, IReadOnlyList<Language> Languages);
