using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Entry ids in files, which are names (XML ids must start with a letter), and Translate's, which are Guids: Translate
/// writes <c>e-{guid}</c>, and an id of another tool becomes the same Guid at every import, so a re-import updates
/// the entries it imported before instead of adding them again.
/// </summary>
internal static class GlossaryIds
{
    private const string Prefix = "e-";

    public static string Write(Guid id) => Prefix + id.ToString("D", CultureInfo.InvariantCulture);

    public static Guid Read(string id)
    {
        var trimmed = id.Trim();
        if (Guid.TryParse(trimmed.StartsWith(Prefix, StringComparison.Ordinal) ? trimmed[Prefix.Length..] : trimmed, out var guid))
        {
            return guid;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("glossary-entry:" + trimmed));
        return new Guid(hash.AsSpan(0, 16));
    }
}
