using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Configuration;

namespace Translate.Application;

/// <summary>
/// A limit read from configuration: not set, the option keeps its default; set to anything but a positive whole
/// number, the application does not start, and says which setting and value.
/// </summary>
internal static class PositiveSetting
{
    /// <param name="unit">What the number counts, in English ("segments", "bytes").</param>
    /// <returns>The number, or null when the setting is not given.</returns>
    public static T? Read<T>(IConfiguration configuration, string key, string unit)
        where T : struct, IBinaryInteger<T>
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return T.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > T.Zero
            ? number
            : throw new InvalidOperationException($"{key} is '{value}'; give a positive number of {unit}.");
    }
}
