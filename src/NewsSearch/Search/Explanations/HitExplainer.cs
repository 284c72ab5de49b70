using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Search;

namespace NewsSearch.Search.Explanations;

/// <summary>
/// Turns Lucene's explanation tree into what a journalist can read: one part per field and word
/// that matched, with its boost, how often it occurs and what it added. With BM25 the query norm
/// and coordination factor are 1, so a Boolean query's score is the plain sum of its matching
/// leaves, and the parts add up to the hit's score. The leaves are found by the descriptions
/// Lucene.NET 4.8 writes ("weight(field:term in doc) [BM25Similarity]", "ConstantScore(field:term)",
/// "termFreq=", "phraseFreq=", "boost"); the tests pin them, since the package version is pinned.
/// </summary>
internal static partial class HitExplainer
{
    public static ScoreExplanation Explain(IndexSearcher searcher, Query query, int doc, TermDisplay display)
    {
        var explanation = searcher.Explain(query, doc);
        if (!explanation.IsMatch)
        {
            return new ScoreExplanation { Score = 0, Parts = [], Summary = "does not match the query" };
        }

        var parts = new List<ScorePart>();
        Collect(explanation, display, parts);
        parts.Sort((a, b) => b.Score.CompareTo(a.Score));
        return new ScoreExplanation { Score = explanation.Value, Parts = parts, Summary = Summarize(explanation.Value, parts) };
    }

    public static string Describe(ScorePart part)
    {
        var text = new StringBuilder($"{part.Field}: '{part.Term}'");
        if (part.Frequency is > 1 and var frequency)
        {
            text.Append(CultureInfo.InvariantCulture, $" ×{frequency}");
        }

        if (part.SynonymOf is { } word)
        {
            text.Append(CultureInfo.InvariantCulture, $" (synonym of '{word}')");
        }

        if (part.Boost != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" (boost {part.Boost:0.0#})");
        }

        return text.ToString();
    }

    private static string Summarize(float score, List<ScorePart> parts)
    {
        var total = score.ToString("0.00", CultureInfo.InvariantCulture);
        if (parts.Count == 0)
        {
            return $"{total}: matches without scoring words (every article, or filters only)";
        }

        var sum = string.Join(" + ", parts.Select(p => Describe(p) + " " + p.Score.ToString("0.00", CultureInfo.InvariantCulture)));
        return $"{sum} = {total}";
    }

    private static void Collect(Explanation node, TermDisplay display, List<ScorePart> parts)
    {
        if (!node.IsMatch || node.Value == 0)
        {
            return;
        }

        var description = node.Description ?? "";
        if (WeightPattern().Match(description) is { Success: true } weight)
        {
            parts.Add(Part(weight.Groups["field"].Value, weight.Groups["text"].Value, node, display));
            return;
        }

        if (ConstantScorePattern().Match(description) is { Success: true } constant)
        {
            parts.Add(new ScorePart
            {
                Field = constant.Groups["field"].Value,
                Term = constant.Groups["text"].Value,
                Score = node.Value,
                Boost = Find(node, d => d == "boost")?.Value ?? 1,
            });
            return;
        }

        foreach (var detail in node.GetDetails() ?? [])
        {
            Collect(detail, display, parts);
        }
    }

    private static ScorePart Part(string field, string text, Explanation node, TermDisplay display)
    {
        var key = text.Length > 1 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
        var frequency = Find(node, d => d.StartsWith("termFreq=", StringComparison.Ordinal) || d.StartsWith("phraseFreq=", StringComparison.Ordinal))?.Value;
        return new ScorePart
        {
            Field = field,
            Term = display.Show(key),
            Score = node.Value,
            Boost = Find(node, d => d == "boost")?.Value ?? 1,

            // A sloppy phrase counts distant matches as fractions; only whole counts read as "×n".
            Frequency = frequency is { } f && f == MathF.Round(f) ? (int)f : null,
            SynonymOf = display.SynonymOf(key),
        };
    }

    private static Explanation? Find(Explanation node, Func<string, bool> description)
    {
        foreach (var detail in node.GetDetails() ?? [])
        {
            if (description(detail.Description ?? ""))
            {
                return detail;
            }

            if (Find(detail, description) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^weight\((?<field>[^:\s]+):(?<text>.*?)(?:\^[0-9.E+-]+)? in \d+\) \[")]
    private static partial Regex WeightPattern();

    [GeneratedRegex(@"^ConstantScore\((?<field>[^:\s]+):(?<text>.*?)(?:\^[0-9.E+-]+)?\)")]
    private static partial Regex ConstantScorePattern();
}
