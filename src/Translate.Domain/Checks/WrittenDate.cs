using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Translate.Domain.Languages;

namespace Translate.Domain.Checks;

/// <summary>
/// A date as a text writes it: its day, month and (when written) year, and the languages that write a date in this
/// form. Read from fixed shapes and a table of month names, never guessed by <see cref="DateTime.Parse(string)"/>.
/// </summary>
internal sealed record WrittenDate(string Written, int Index, int Day, int Month, int? Year, IReadOnlySet<Language> WrittenIn)
{
    public bool IsSameDateAs(WrittenDate source) => Day == source.Day && Month == source.Month && (source.Year is null || Year == source.Year);

    /// <summary>The dates of a text whose addresses and phone numbers are hidden (<see cref="TextPatterns.WithoutAddresses"/>), left to right.</summary>
    public static List<WrittenDate> In(string visible)
    {
        var found = new List<WrittenDate>();
        Add(found, TextPatterns.ChineseDate(), visible, m => Forms.Chinese);
        Add(found, TextPatterns.IsoDate(), visible, m => Forms.All);
        Add(found, TextPatterns.NumericDate(), visible, m => m.Groups["mark"].Value switch
        {
            "/" => Forms.SlashNumeric,
            "." => Forms.DotNumeric,
            _ => Forms.None,
        });
        AddNamed(found, TextPatterns.DayMonthDate(), visible, DayMarkLanguages);
        AddNamed(found, TextPatterns.MonthDayDate(), visible, mark => mark is "" or "st" or "nd" or "rd" or "th" ? Forms.English : Forms.None);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The text with its dates hidden too, for the number checks: a date's digits are the date check's.</summary>
    public static string Without(string visible, IReadOnlyList<WrittenDate> dates)
    {
        if (dates.Count == 0)
        {
            return visible;
        }

        var hidden = visible.ToCharArray();
        foreach (var date in dates)
        {
            Array.Fill(hidden, '\uFFFC', date.Index, date.Written.Length);
        }

        return new string(hidden);
    }

    private static IReadOnlySet<Language> DayMarkLanguages(string mark) => mark switch
    {
        "." => Forms.DayDot,
        "" => Forms.DayPlain,
        "er" => Forms.French,
        _ => Forms.English,
    };

    private static void Add(List<WrittenDate> found, Regex shape, string text, Func<Match, IReadOnlySet<Language>> languages)
    {
        foreach (Match m in shape.Matches(text))
        {
            var year = m.Groups["year"].Success ? Number(m.Groups["year"].Value) : (int?)null;
            TryAdd(found, new(m.Value, m.Index, Number(m.Groups["day"].Value), Number(m.Groups["month"].Value), year, languages(m)));
        }
    }

    private static void AddNamed(List<WrittenDate> found, Regex shape, string text, Func<string, IReadOnlySet<Language>> markLanguages)
    {
        foreach (Match m in shape.Matches(text))
        {
            if (!MonthNames.TryGetValue(m.Groups["month"].Value, out var month))
            {
                continue;
            }

            var year = m.Groups["year"].Success ? Number(m.Groups["year"].Value) : (int?)null;
            var languages = new HashSet<Language>(markLanguages(m.Groups["mark"].Value).Intersect(month.Languages));
            TryAdd(found, new(m.Value, m.Index, Number(m.Groups["day"].Value), month.Number, year, languages));
        }
    }

    // A date is a real calendar day, and the first shape to claim a stretch of text keeps it.
    private static void TryAdd(List<WrittenDate> found, WrittenDate date)
    {
        var real = date.Month is >= 1 and <= 12 && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(date.Year ?? 2000, date.Month);
        var overlaps = found.Exists(d => d.Index < date.Index + date.Written.Length && date.Index < d.Index + d.Written.Length);
        if (real && !overlaps)
        {
            found.Add(date);
        }
    }

    private static int Number(string digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (int)char.GetNumericValue(digit);
        }

        return value;
    }

    // Luxembourgish is written from the LOD's spellings rather than from the platform's culture data, which varies by ICU version.
    private static readonly string[] LuxembourgishMonths =
        ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>Month names as each language writes them, case and accents included, with the languages that use each spelling.</summary>
    private static readonly FrozenDictionary<string, (int Number, IReadOnlySet<Language> Languages)> MonthNames = BuildMonthNames();

    private static FrozenDictionary<string, (int, IReadOnlySet<Language>)> BuildMonthNames()
    {
        var spellings = new Dictionary<string, (int Number, HashSet<Language> Languages)>(StringComparer.Ordinal);
        void Add(string name, int number, Language language)
        {
            if (!spellings.TryGetValue(name, out var entry))
            {
                spellings[name] = entry = (number, []);
            }

            entry.Languages.Add(language);
        }

        foreach (var language in new[] { Language.En, Language.Fr, Language.De })
        {
            var names = CultureInfo.GetCultureInfo(language.Code()).DateTimeFormat.MonthNames;
            for (var i = 0; i < 12; i++)
            {
                Add(names[i], i + 1, language);

                // French months are lower-case, but one capitalised by a translator is still the French month.
                if (language == Language.Fr)
                {
                    Add(char.ToUpperInvariant(names[i][0]) + names[i][1..], i + 1, language);
                }
            }
        }

        for (var i = 0; i < 12; i++)
        {
            Add(LuxembourgishMonths[i], i + 1, Language.Lb);
        }

        return spellings.ToFrozenDictionary(s => s.Key, s => (s.Value.Number, (IReadOnlySet<Language>)s.Value.Languages.ToFrozenSet()), StringComparer.Ordinal);
    }

    /// <summary>Which languages write a date in each form; ISO 8601 is read alike everywhere.</summary>
    private static class Forms
    {
        public static readonly IReadOnlySet<Language> All = LanguageCodes.All.ToFrozenSet();
        public static readonly IReadOnlySet<Language> None = FrozenSet<Language>.Empty;
        public static readonly IReadOnlySet<Language> Chinese = new[] { Language.Zh }.ToFrozenSet();
        public static readonly IReadOnlySet<Language> English = new[] { Language.En }.ToFrozenSet();
        public static readonly IReadOnlySet<Language> French = new[] { Language.Fr }.ToFrozenSet();
        public static readonly IReadOnlySet<Language> SlashNumeric = new[] { Language.En, Language.Fr }.ToFrozenSet();
        public static readonly IReadOnlySet<Language> DotNumeric = new[] { Language.De, Language.Lb }.ToFrozenSet();
        public static readonly IReadOnlySet<Language> DayDot = DotNumeric;
        public static readonly IReadOnlySet<Language> DayPlain = SlashNumeric;
    }
}
