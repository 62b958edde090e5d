using System.Globalization;
using System.Text;

namespace Translate.Domain.Releases;

/// <summary>The readable part of a release's address, made from its title: "luxembourg-cooperates-with-china".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        // A title with no Latin letters (a Chinese source) still needs an address.
        if (builder.Length == 0)
        {
            return "release";
        }

        // A long title is cut at a word boundary, not inside a word.
        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            var lastHyphen = slug.LastIndexOf('-', MaxLength);
            slug = lastHyphen > 0 ? slug[..lastHyphen] : slug[..MaxLength];
        }

        return slug;
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-');
}
