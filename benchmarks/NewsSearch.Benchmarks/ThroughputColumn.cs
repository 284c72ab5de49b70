using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks;

/// <summary>
/// Indexing rates derived from the median time of one run over the whole corpus: articles per
/// second, MB of JSON Lines per second, and bytes allocated per article.
/// </summary>
internal sealed class ThroughputColumn(string name, Func<CorpusStats, double, double?, double?> compute, string format) : IColumn
{
    public static readonly IColumn ArticlesPerSecond = new ThroughputColumn("Articles/s", (stats, seconds, _) => stats.Articles / seconds, "N0");

    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("JSONL MB/s", (stats, seconds, _) => stats.JsonlBytes / 1e6 / seconds, "N1");

    public static readonly IColumn AllocatedPerArticle = new ThroughputColumn("Alloc/article", (stats, _, bytes) => bytes / stats.Articles, "N0");

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name switch
    {
        "Articles/s" => "Articles indexed per second, from the median time of a whole run",
        "JSONL MB/s" => "Megabytes of JSON Lines input per second",
        _ => "Bytes allocated per article (managed heap)",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var corpus = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Corpus")?.Value as string;
        if (report?.ResultStatistics is not { } statistics || corpus is null)
        {
            return "-";
        }

        var stats = Datasets.Stats(corpus);
        var seconds = statistics.Median / 1e9;
        double? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? bytes : null;
        return compute(stats, seconds, allocated)?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
