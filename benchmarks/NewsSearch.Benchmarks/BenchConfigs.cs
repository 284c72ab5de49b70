using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace NewsSearch.Benchmarks;

/// <summary>
/// The shared configurations. Their jobs are marked default, so <c>--job Dry</c> (or any job on the
/// command line) replaces them instead of running beside them.
/// </summary>
internal static class BenchConfigs
{
    /// <summary>Indexing: one run indexes a whole corpus (seconds), so few iterations say enough.</summary>
    public sealed class Indexing : ManualConfig
    {
        public Indexing()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).AsDefault());
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median, ThroughputColumn.ArticlesPerSecond, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerArticle);
        }
    }

    /// <summary>Search: microseconds per query, so many iterations; the ratio is per category (with or without snippets).</summary>
    public sealed class Search : ManualConfig
    {
        public Search()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150)).AsDefault());
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
            AddColumn(CategoriesColumn.Default);
        }
    }
}
