namespace Translate.Cli;

/// <summary>The translate tool: picks the command, shows help, and turns refusals into messages and exit codes.</summary>
public static class CommandLine
{
    public const string Help = """
        translate: segment, count, extract and merge press-release documents (.txt, .md) without the server.

        Usage: translate <command> [options]

        Commands:
          segment   print a document's segments, one a line
          count     print a document's segments and words (characters for zh)
          extract   write a bilingual XLIFF file of a document for translation
          merge     write the translated document from its translated XLIFF file

        Run translate <command> --help for a command's options.
        """;

    public static int Run(IReadOnlyList<string> args, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        try
        {
            var arguments = Arguments.Parse(args);
            Func<Arguments, Terminal, int>? run = arguments.Command switch
            {
                "segment" => SegmentCommand.Run,
                "count" => CountCommand.Run,
                "extract" => ExtractCommand.Run,
                "merge" => MergeCommand.Run,
                _ => null,
            };
            string? help = arguments.Command switch
            {
                null => Help,
                "segment" => SegmentCommand.Help,
                "count" => CountCommand.Help,
                "extract" => ExtractCommand.Help,
                "merge" => MergeCommand.Help,
                _ => null,
            };

            if (arguments.Help && help is not null)
            {
                terminal.Write(help + "\n");
                return ExitCodes.Success;
            }

            if (run is null)
            {
                throw CommandLineException.Usage(arguments.Command is null
                    ? "No command given: use segment, count, extract or merge (translate --help)."
                    : $"Unknown command '{arguments.Command}': use segment, count, extract or merge (translate --help).");
            }

            return run(arguments, terminal);
        }
        catch (CommandLineException e)
        {
            terminal.Error.Write($"translate: {e.Message}\n");
            terminal.Error.Flush();
            return e.ExitCode;
        }
        catch (IOException e)
        {
            terminal.Error.Write($"translate: {e.Message}\n");
            terminal.Error.Flush();
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            terminal.Error.Write($"translate: {e.Message}\n");
            terminal.Error.Flush();
            return ExitCodes.BadInput;
        }
    }
}
