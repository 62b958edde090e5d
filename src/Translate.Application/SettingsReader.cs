using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Translate.Application;

/// <summary>
/// Reads settings from the text of the configuration, and keeps one sentence for each wrong one, naming the setting,
/// what it must be and what it was given: "Uploads:MaxBytes must be a positive number of bytes (got 'abc')."
/// (The configuration binder is not used: on such a value it throws its own error, a type name and a stack trace;
/// see docs/adr/0003-settings-are-read-as-text.md.)
/// </summary>
public sealed class SettingsReader
{
    private readonly IConfiguration _configuration;
    private readonly List<string> _wrong = [];

    private SettingsReader(IConfiguration configuration) => _configuration = configuration;

    /// <summary>Fills <paramref name="options"/> by <paramref name="read"/>.</summary>
    /// <exception cref="OptionsValidationException">A setting is wrong; its failures are the sentences.</exception>
    public static TOptions Read<TOptions>(IConfiguration configuration, TOptions options, Action<SettingsReader, TOptions> read)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var settings = new SettingsReader(configuration);
        read(settings, options);
        return settings._wrong.Count == 0
            ? options
            : throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), settings._wrong);
    }

    /// <summary>The setting's text; null where it is unset or blank.</summary>
    public string? Text(string key)
    {
        var text = _configuration[key];
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public T PositiveNumber<T>(string key, string unit, T unset)
        where T : IBinaryInteger<T>
    {
        var text = Text(key);
        if (text is null)
        {
            return unset;
        }

        return T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > T.Zero
            ? number
            : Wrong(key, $"must be a positive number of {unit}", text, unset);
    }

    public int WholeNumber(string key, int from, int to, int unset)
    {
        var text = Text(key);
        if (text is null)
        {
            return unset;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= from && number <= to
            ? number
            : Wrong(key, $"must be a whole number from {from} to {to}", text, unset);
    }

    public bool TrueOrFalse(string key, bool unset)
    {
        var text = Text(key);
        if (text is null)
        {
            return unset;
        }

        return bool.TryParse(text, out var value) ? value : Wrong(key, "must be true or false", text, unset);
    }

    /// <summary>One of the enum's names, in any case (not its numbers).</summary>
    public TEnum OneOf<TEnum>(string key, TEnum unset)
        where TEnum : struct, Enum
    {
        var text = Text(key);
        if (text is null)
        {
            return unset;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null ? Enum.Parse<TEnum>(name) : Wrong(key, $"must be {string.Join(" or ", Enum.GetNames<TEnum>())}", text, unset);
    }

    /// <summary>A rule beyond one setting's form (two settings that go together, a value a library refuses), in a sentence naming the setting.</summary>
    public void Refuse(string sentence) => _wrong.Add(sentence);

    private T Wrong<T>(string key, string rule, string text, T unset)
    {
        Refuse($"{key} {rule} (got '{text}').");
        return unset;
    }
}
