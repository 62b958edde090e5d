using Translate.Domain.Languages;
using Translate.Domain.Memory;

namespace Translate.Domain.Tests.Memory;

/// <summary>Memory units for tests: English to French unless told, approved a given number of days after a fixed date.</summary>
internal static class Units
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static MemoryUnit Unit(string source, int day = 0, Language from = Language.En, Language to = Language.Fr, string target = "Traduction.") =>
        new(Guid.NewGuid(), from, to, source, target, Start.AddDays(day));

    public static MemoryQuery Query(string source, Language from = Language.En, Language to = Language.Fr) => new(source, from, to);
}
