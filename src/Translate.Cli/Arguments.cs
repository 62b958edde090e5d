using System.Globalization;
using Translate.Domain.Languages;

namespace Translate.Cli;

/// <summary>
/// A command line as a command name, options and positional arguments. Parsing knows only the shape of the
/// options; each command then asks for what it needs, and a command line with anything else is refused.
/// </summary>
public sealed class Arguments
{
    /// <summary>The options that take a value, and their long names (-o is --output).</summary>
    private static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--lang"] = "--lang",
        ["--source"] = "--source",
        ["--target"] = "--target",
        ["--format"] = "--format",
        ["--output"] = "--output",
        ["-o"] = "--output",
        ["--max-bytes"] = "--max-bytes",
    };

    private readonly Dictionary<string, string> _options;

    private Arguments(string? command, IReadOnlyList<string> positionals, Dictionary<string, string> options, bool help)
    {
        Command = command;
        Positionals = positionals;
        _options = options;
        Help = help;
    }

    public string? Command { get; }

    public IReadOnlyList<string> Positionals { get; }

    public bool Help { get; }

    public IEnumerable<string> OptionNames => _options.Keys;

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        string? command = null;
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
            }
            else if (ValueOptions.TryGetValue(arg, out var name))
            {
                if (i + 1 >= args.Count)
                {
                    throw CommandLineException.Usage($"The option {arg} needs a value.");
                }

                if (!options.TryAdd(name, args[++i]))
                {
                    throw CommandLineException.Usage($"The option {name} is given more than once.");
                }
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                // "-" alone is standard input, a positional argument.
                throw CommandLineException.Usage($"Unknown option '{arg}'.");
            }
            else if (command is null)
            {
                command = arg;
            }
            else
            {
                positionals.Add(arg);
            }
        }

        return new Arguments(command, positionals, options, help);
    }

    /// <summary>Refuses options the command does not take and a number of positional arguments it does not expect.</summary>
    public void Expect(int positionals, string usage, params string[] options)
    {
        var unexpected = _options.Keys.FirstOrDefault(option => !options.Contains(option));
        if (unexpected is not null)
        {
            throw CommandLineException.Usage($"The {Command} command does not take {unexpected}. Usage: {usage}");
        }

        if (Positionals.Count != positionals)
        {
            var problem = Positionals.Count < positionals ? "Missing argument" : $"Unexpected argument '{Positionals[positionals]}'";
            throw CommandLineException.Usage($"{problem}. Usage: {usage}");
        }
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        Option(name) ?? throw CommandLineException.Usage($"The {Command} command needs {name}.");

    public Language Language(string name)
    {
        var value = Required(name);
        return LanguageCodes.TryParse(value, out var language)
            ? language
            : throw CommandLineException.Usage($"Unknown language '{value}' for {name}: use one of en, fr, de, lb, zh.");
    }

    public long MaxBytes(long fallback)
    {
        var value = Option("--max-bytes");
        if (value is null)
        {
            return fallback;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw CommandLineException.Usage($"--max-bytes '{value}' is not a positive number of bytes.");
    }
}
