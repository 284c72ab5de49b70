using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Reads the labelled evaluation set (TestData/evaluation: HTML pages in six templates, four feeds,
/// fourteen scraped texts) and measures each field against its label: exact match for title, byline,
/// date and source (and, reported only, subtitle and dateline); token precision/recall/F1 for body and captions.
/// </summary>
public class EvaluationSetTests(ITestOutputHelper output)
{
    private const double MinBodyF1 = 0.95;
    private const double MinTitleExact = 0.95;
    private const double MinDateExact = 0.95;
    private const double MinBylineExact = 0.90;
    private const double MinSourceExact = 0.90;
    private const double MinCaptionsF1 = 0.90;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "evaluation");

    [Fact]
    public void EvaluationSet_EveryFormat_MeetsAccuracyThresholds()
    {
        var labels = File.ReadLines(Path.Combine(Folder, "expected.jsonl")).Where(l => l.Length > 0).Select(Label.Parse).ToList();
        var read = new Dictionary<string, List<NewsArticle>>(StringComparer.Ordinal);
        var scores = new List<Scores>();
        var warnings = new List<string>();

        foreach (var label in labels)
        {
            if (!read.TryGetValue(label.File, out var articles))
            {
                var records = ArticleReader.ReadFile(Path.Combine(Folder, label.File)).ToList();
                warnings.AddRange(records.SelectMany(r => r.Warnings).Select(w => w.ToString()));
                articles = [.. records.Select(r => r.Article).OfType<NewsArticle>()];
                read[label.File] = articles;
            }

            var article = label.Item < articles.Count ? articles[label.Item] : null;
            scores.Add(Scores.Of(label, article));
        }

        var table = Table(scores);
        output.WriteLine(table);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "ingest-evaluation.md"), table);
        foreach (var miss in scores.Where(s => s.Misses.Count > 0))
        {
            output.WriteLine($"{miss.Label.File}[{miss.Label.Item}]: {string.Join("; ", miss.Misses)}");
        }

        Assert.True(labels.Count >= 40, $"the evaluation set needs at least 40 labelled articles, has {labels.Count}");
        Assert.Empty(warnings);
        Assert.True(Mean(scores, s => s.BodyF1) >= MinBodyF1, "body F1 below threshold\n" + table);
        Assert.True(Mean(scores, s => s.Title) >= MinTitleExact, "title accuracy below threshold\n" + table);
        Assert.True(Mean(scores, s => s.Date) >= MinDateExact, "date accuracy below threshold\n" + table);
        Assert.True(Mean(scores, s => s.Byline) >= MinBylineExact, "byline accuracy below threshold\n" + table);
        Assert.True(Mean(scores, s => s.Source) >= MinSourceExact, "source accuracy below threshold\n" + table);
        Assert.True(Mean(scores, s => s.CaptionsF1) >= MinCaptionsF1, "captions F1 below threshold\n" + table);
    }

    private static string Table(List<Scores> scores)
    {
        var groups = new (string Name, List<Scores> Items)[]
        {
            ("all", scores),
            ("html", [.. scores.Where(s => s.Label.File.StartsWith("html/", StringComparison.Ordinal))]),
            ("feeds", [.. scores.Where(s => s.Label.File.StartsWith("feeds/", StringComparison.Ordinal))]),
            ("text", [.. scores.Where(s => s.Label.File.StartsWith("text/", StringComparison.Ordinal))]),
        };
        var rows = new (string Field, string Measure, Func<Scores, double> Value, double? Threshold)[]
        {
            ("title", "exact", s => s.Title, MinTitleExact),
            ("byline", "exact", s => s.Byline, MinBylineExact),
            ("date", "exact", s => s.Date, MinDateExact),
            ("source", "exact", s => s.Source, MinSourceExact),
            ("subtitle", "exact", s => s.Subtitle, null),
            ("dateline", "exact", s => s.Dateline, null),
            ("body", "precision", s => s.BodyPrecision, null),
            ("body", "recall", s => s.BodyRecall, null),
            ("body", "F1", s => s.BodyF1, MinBodyF1),
            ("captions", "precision", s => s.CaptionsPrecision, null),
            ("captions", "recall", s => s.CaptionsRecall, null),
            ("captions", "F1", s => s.CaptionsF1, MinCaptionsF1),
        };

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Ingest evaluation: {scores.Count} articles from {scores.Select(s => s.Label.File).Distinct().Count()} files\n\n");
        builder.Append("| field | measure | " + string.Join(" | ", groups.Select(g => $"{g.Name} ({g.Items.Count})")) + " | threshold |\n");
        builder.Append("|---|---|" + string.Concat(groups.Select(_ => "---:|")) + "---:|\n");
        foreach (var (field, measure, value, threshold) in rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| {field} | {measure} | ");
            builder.Append(string.Join(" | ", groups.Select(g => g.Items.Count == 0 ? "-" : Mean(g.Items, value).ToString("0.000", CultureInfo.InvariantCulture))));
            builder.Append(CultureInfo.InvariantCulture, $" | {(threshold is { } t ? "≥ " + t.ToString("0.00", CultureInfo.InvariantCulture) : "")} |\n");
        }

        return builder.ToString();
    }

    private static double Mean(List<Scores> scores, Func<Scores, double> value) => scores.Count == 0 ? 0 : scores.Average(value);

    private sealed record Label(string File, int Item, string? Title, string? Subtitle, string? Byline, DateTimeOffset? Published,
        string? Source, string? Dateline, string Body, IReadOnlyList<string> Captions)
    {
        public static Label Parse(string line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new Label(
                Text("file")!,
                root.GetProperty("item").GetInt32(),
                Text("title"),
                Text("subtitle"),
                Text("byline"),
                Text("published") is { } date ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture) : null,
                Text("source"),
                Text("dateline"),
                Text("body") ?? "",
                [.. root.GetProperty("captions").EnumerateArray().Select(c => c.GetString()!)]);
        }
    }

    private sealed record Scores(Label Label, List<string> Misses)
    {
        public double Title { get; init; }

        public double Byline { get; init; }

        public double Date { get; init; }

        public double Source { get; init; }

        public double Subtitle { get; init; }

        public double Dateline { get; init; }

        public double BodyPrecision { get; init; }

        public double BodyRecall { get; init; }

        public double BodyF1 { get; init; }

        public double CaptionsPrecision { get; init; }

        public double CaptionsRecall { get; init; }

        public double CaptionsF1 { get; init; }

        public static Scores Of(Label label, NewsArticle? article)
        {
            var misses = new List<string>();
            double Exact<T>(string field, T? produced, T? expected)
            {
                if (EqualityComparer<T>.Default.Equals(produced, expected))
                {
                    return 1;
                }

                misses.Add($"{field}: got '{produced}', expected '{expected}'");
                return 0;
            }

            if (article is null)
            {
                misses.Add("no article read");
            }

            var body = TokenOverlap.Score(article?.Body, label.Body);
            var captions = TokenOverlap.Score(string.Join(" ", article?.Captions ?? []), string.Join(" ", label.Captions));
            if (body.F1 < 1)
            {
                misses.Add($"body F1 {body.F1:0.000}");
            }

            if (captions.F1 < 1)
            {
                misses.Add($"captions F1 {captions.F1:0.000}: got [{string.Join(" / ", article?.Captions ?? [])}]");
            }

            return new Scores(label, misses)
            {
                Title = Exact("title", article?.Title, label.Title),
                Byline = Exact("byline", article?.Byline, label.Byline),
                Date = Exact("date", article?.Published?.ToUniversalTime(), label.Published?.ToUniversalTime()),
                Source = Exact("source", article?.Source, label.Source),
                Subtitle = Exact("subtitle", article?.Subtitle, label.Subtitle),
                Dateline = Exact("dateline", article?.Dateline, label.Dateline),
                BodyPrecision = body.Precision,
                BodyRecall = body.Recall,
                BodyF1 = body.F1,
                CaptionsPrecision = captions.Precision,
                CaptionsRecall = captions.Recall,
                CaptionsF1 = captions.F1,
            };
        }
    }
}
