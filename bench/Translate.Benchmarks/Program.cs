using BenchmarkDotNet.Running;
using Translate.Benchmarks.Memory;
using Translate.Benchmarks.Saving;

// Not a BenchmarkDotNet run: single lookups timed one by one, with the targets of the translation memory as a gate.
if (args is [MemoryReport.Argument])
{
    return MemoryReport.Run(Console.Out);
}

// Not a BenchmarkDotNet run either: the application's actions on a real database, one at a time and a team at once.
if (args is [LoadReport.Argument, ..] && args.Skip(1).All(a => a == LoadReport.ShortOption))
{
    return await LoadReport.RunAsync(Console.Out, quick: args.Contains(LoadReport.ShortOption));
}

// Every benchmark class of this assembly is found here: a new one needs no registration.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

// Options that only print something run no benchmark, and that is not a failure.
string[] printOnly = ["--list", "--help", "-h", "--version", "--info"];
if (summaries.Count == 0 && !args.Any(printOnly.Contains))
{
    // An unknown option or a filter that matches nothing: CI must not take silence for success.
    Console.Error.WriteLine("No benchmark ran.");
    return 1;
}

// BenchmarkDotNet reports a benchmark that throws and carries on; CI needs a failing exit code for it.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
