using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;

namespace Translate.Benchmarks.Memory;

/// <summary>
/// Adds the P50 and P95 columns. They are percentiles of iterations (each the mean of many operations), not of single
/// operations: the per-lookup percentiles come from <see cref="MemoryReport"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PercentileColumnsAttribute : ColumnConfigBaseAttribute
{
    public PercentileColumnsAttribute()
        : base(StatisticColumn.P50, StatisticColumn.P95)
    {
    }
}
