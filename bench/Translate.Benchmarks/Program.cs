using BenchmarkDotNet.Running;

// Every benchmark class of this assembly is found here: a new one needs no registration.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// BenchmarkDotNet reports a benchmark that throws and carries on; CI needs a failing exit code for it.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
