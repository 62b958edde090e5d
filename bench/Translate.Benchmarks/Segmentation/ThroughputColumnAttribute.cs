using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Translate.Domain.Languages;

namespace Translate.Benchmarks.Segmentation;

/// <summary>Adds the MB/s column: the text's UTF-8 bytes (10^6 to the MB) over the mean time of one operation.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputColumnAttribute : ColumnConfigBaseAttribute
{
    public ThroughputColumnAttribute()
        : base(new ThroughputColumn())
    {
    }

    private sealed class ThroughputColumn : IColumn
    {
        private readonly ConcurrentDictionary<Language, int> bytes = new();

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6) of UTF-8 text segmented per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNanoseconds is not > 0 || benchmarkCase.Parameters[nameof(SegmentationBenchmarks.Language)] is not Language language)
            {
                return "-";
            }

            var megabytes = bytes.GetOrAdd(language, SegmentationBenchmarks.Bytes) / 1e6;
            return (megabytes / (meanNanoseconds.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
