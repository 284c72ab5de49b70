using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsSearch.Indexing.NearDuplicates;
using NewsSearch.Tests.Support;
using Xunit.Abstractions;

namespace NewsSearch.Tests.Indexing.NearDuplicates;

/// <summary>
/// Measures the near-duplicate decision on labelled pairs (TestData/duplicates: originals, edited
/// republications of varying strength, and other outlets' own stories on the same events), plus the
/// republished pair in the samples, and prints the precision/recall table.
/// </summary>
public sealed class DuplicateClusteringTests
{
    private readonly ITestOutputHelper _output;

    public DuplicateClusteringTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Cluster_LabelledPairs_NoFalsePositivesAndFullRecall()
    {
        var articles = LoadArticles();
        var pairs = LoadPairs();
        var ids = articles.Keys.Order(StringComparer.Ordinal).ToList();
        var sketches = ids.Select(id => NearDuplicateSketch.Compute(articles[id])).ToList();

        // The clustering decides, not the pair alone: two republications joined through their original are one story.
        var clusters = DuplicateClustering.Cluster(sketches);

        var outcomes = pairs.Select(pair =>
        {
            var (first, second) = (ids.IndexOf(pair.First), ids.IndexOf(pair.Second));
            var similarity = NearDuplicateSketch.Similarity(sketches[first]!, sketches[second]!);
            var exact = Jaccard(articles[pair.First], articles[pair.Second]);
            return (Pair: pair, Similarity: similarity, Exact: exact, Predicted: clusters[first] == clusters[second]);
        }).ToList();

        var truePositives = outcomes.Count(o => o.Pair.Same && o.Predicted);
        var falsePositives = outcomes.Count(o => !o.Pair.Same && o.Predicted);
        var falseNegatives = outcomes.Count(o => o.Pair.Same && !o.Predicted);
        var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 1 : (double)truePositives / (truePositives + falseNegatives);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"first",-12} {"second",-12} {"label",-9} {"sketch",6} {"exact",6}  kind (sketch: estimated Jaccard of word 3-shingles; exact: true Jaccard)");
        foreach (var o in outcomes)
        {
            var mark = o.Predicted == o.Pair.Same ? "" : (o.Predicted ? "  <- FP" : "  <- FN");
            table.AppendLine(CultureInfo.InvariantCulture, $"{o.Pair.First,-12} {o.Pair.Second,-12} {(o.Pair.Same ? "same" : "different"),-9} {o.Similarity,6:0.00} {o.Exact,6:0.00}  {o.Pair.Kind}{mark}");
        }

        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"| pairs | same | different | TP | FP | FN | TN | precision | recall | threshold |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| {outcomes.Count} | {outcomes.Count(o => o.Pair.Same)} | {outcomes.Count(o => !o.Pair.Same)} | {truePositives} | {falsePositives} | {falseNegatives} | {outcomes.Count - truePositives - falsePositives - falseNegatives} | {precision:0.000} | {recall:0.000} | {NearDuplicateSketch.Threshold:0.00} |");
        var pairwise = outcomes.Select(o => (o.Pair.Same, Predicted: o.Similarity >= NearDuplicateSketch.Threshold)).ToList();
        table.AppendLine(CultureInfo.InvariantCulture, $"pair by pair, without joining through clusters: TP {pairwise.Count(p => p.Same && p.Predicted)}, FP {pairwise.Count(p => !p.Same && p.Predicted)}, FN {pairwise.Count(p => p.Same && !p.Predicted)}");
        _output.WriteLine(table.ToString());

        Assert.True(outcomes.Count >= 30);
        Assert.Equal(0, falsePositives);
        Assert.Equal(1.0, recall);
    }

    private static double Jaccard(string first, string second)
    {
        var a = NearDuplicateSketch.Shingles(first);
        var b = NearDuplicateSketch.Shingles(second);
        return (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    private static Dictionary<string, string> LoadArticles()
    {
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "duplicates", "articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            articles[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("body").GetString()!;
        }

        foreach (var line in File.ReadLines(Path.Combine(SharedData.RepositoryRoot, "samples", "articles", "world-news.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            articles[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("body").GetString()!;
        }

        return articles;
    }

    private static List<(string First, string Second, bool Same, string Kind)> LoadPairs() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "duplicates", "pairs.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1], parts[2] == "same", parts[3]))
            .ToList();
}
