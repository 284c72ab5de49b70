using System.Text.RegularExpressions;

namespace NewsSearch.Tests.Ingest;

/// <summary>Token-level precision, recall and F1 between a produced and an expected text (bags of lower-cased words).</summary>
internal static partial class TokenOverlap
{
    public static (double Precision, double Recall, double F1) Score(string? produced, string? expected)
    {
        var got = Count(produced);
        var want = Count(expected);
        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        if (gotTotal == 0 && wantTotal == 0)
        {
            return (1, 1, 1);
        }

        var common = got.Sum(pair => Math.Min(pair.Value, want.GetValueOrDefault(pair.Key)));
        if (common == 0)
        {
            return (0, 0, 0);
        }

        var precision = (double)common / gotTotal;
        var recall = (double)common / wantTotal;
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    private static Dictionary<string, int> Count(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text ?? ""))
        {
            var key = word.Value.ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
