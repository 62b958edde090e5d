using System.Diagnostics;
using System.Text;

namespace Translate.Web.Tests.Support;

/// <summary>
/// The built app run as a process, as <c>dotnet run</c> starts it, in a folder of its own (its content root, where a
/// SQLite file would go), for what only a whole process shows: its exit code and what it prints.
/// </summary>
public static class AppProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs the app with these command-line settings and expects it to stop by itself.</summary>
    public static AppRun Run(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("translate-app-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Translate.Web.dll"));
            // Any free port, should a setting wrongly pass and the app start serving.
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            foreach (var setting in settings)
            {
                start.ArgumentList.Add(setting);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The app with {string.Join(' ', settings)} did not stop within {Timeout}.");
            }

            return new AppRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed record AppRun(int ExitCode, string Output, string Error);
