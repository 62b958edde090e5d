using Translate.Domain.Glossaries;

namespace Translate.Application.Glossaries;

/// <summary>Whether two entries say the same (ids aside), so an import leaves an entry already as in the file alone.</summary>
internal static class GlossaryContent
{
    public static bool Same(GlossaryEntry a, GlossaryEntry b) =>
        a.Note == b.Note && a.Subject == b.Subject && a.DoNotTranslate == b.DoNotTranslate
        && a.Terms.Count == b.Terms.Count
        && a.Terms.Zip(b.Terms).All(p => p.First.Language == p.Second.Language && p.First.Text == p.Second.Text
            && p.First.CaseSensitive == p.Second.CaseSensitive && p.First.Note == p.Second.Note
            && p.First.ForbiddenVariants.SequenceEqual(p.Second.ForbiddenVariants));
}
