using Translate.Cli;

return CommandLine.Run(
    args,
    new Terminal(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error));
