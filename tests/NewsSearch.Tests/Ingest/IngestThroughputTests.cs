using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsSearch.Tests.Support;
using Xunit.Abstractions;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Measures HTML pages/s and feed items/s through the readers over copies of the evaluation set (a
/// Stopwatch measurement, not a benchmark: the BenchmarkDotNet class is IngestBenchmarks in
/// benchmarks/NewsSearch.Benchmarks). Opt-in, because a
/// timing on a shared CI machine proves nothing: set NEWSSEARCH_MEASURE_INGEST=1.
/// </summary>
public sealed class IngestThroughputTests(ITestOutputHelper output)
{
    private const int Copies = 40;
    private const int FeedRepeats = 500;

    private static readonly string Evaluation = Path.Combine(AppContext.BaseDirectory, "TestData", "evaluation");

    [MeasurementFact]
    public void Readers_EvaluationCopies_ReportPagesAndItemsPerSecond()
    {
        using var folder = new TempFolder();
        var pages = Directory.GetFiles(Path.Combine(Evaluation, "html")).Where(p => !p.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < Copies; i++)
        {
            foreach (var page in pages)
            {
                File.Copy(page, Path.Combine(folder.Path, $"{i:000}-{Path.GetFileName(page)}"));
            }
        }

        var feed = folder.File("big-feed.xml", RepeatedFeed(File.ReadAllText(Path.Combine(Evaluation, "feeds", "harbour-gazette-rss2.xml"))));
        var files = ArticleReader.ExpandPaths([folder.Path], out _).Where(f => f != feed).ToList();

        _ = ArticleReader.ReadPaths([.. files.Take(50)]).Count();
        var (oneCore, oneCount) = Time(() => files.SelectMany(f => ArticleReader.ReadFile(f)).Count(r => r.Article is not null));
        var (allCores, allCount) = Time(() => ArticleReader.ReadPaths(files).Count(r => r.Article is not null));
        var (feedTime, items) = Time(() => ArticleReader.ReadFile(feed).Count(r => r.Article is not null));

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"HTML pages, one file at a time: {oneCount} pages in {oneCore.TotalSeconds:0.00}s = {oneCount / oneCore.TotalSeconds:0} pages/s")
            .AppendLine(CultureInfo.InvariantCulture, $"HTML pages, ReadPaths on {Environment.ProcessorCount} cores: {allCount} pages in {allCores.TotalSeconds:0.00}s = {allCount / allCores.TotalSeconds:0} pages/s")
            .AppendLine(CultureInfo.InvariantCulture, $"RSS feed ({new FileInfo(feed).Length >> 20} MB): {items} items in {feedTime.TotalSeconds:0.00}s = {items / feedTime.TotalSeconds:0} items/s")
            .ToString();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "ingest-throughput.txt"), report);

        Assert.Equal(oneCount, allCount);
        Assert.Equal(4 * FeedRepeats, items);
    }

    private static (TimeSpan Elapsed, int Count) Time(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        var count = run();
        return (clock.Elapsed, count);
    }

    private static string RepeatedFeed(string feed)
    {
        var start = feed.IndexOf("<item>", StringComparison.Ordinal);
        var end = feed.LastIndexOf("</channel>", StringComparison.Ordinal);
        var items = feed[start..end];
        var builder = new StringBuilder(feed[..start]);
        for (var i = 0; i < FeedRepeats; i++)
        {
            builder.Append(items.Replace("</link>", $"?copy={i}</link>", StringComparison.Ordinal));
        }

        return builder.Append(feed[end..]).ToString();
    }
}
