using System.Diagnostics;
using System.Text;

namespace Translate.Cli.Tests;

/// <summary>Runs the built translate tool as a process, as a user would, and captures what it prints.</summary>
public static class Tool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "Translate.Cli.dll");

    public static ToolRun Run(params string[] args) => Run(args, stdin: null);

    public static ToolRun Run(string[] args, byte[]? stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"translate {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

public sealed record ToolRun(int ExitCode, string Output, string Error);
