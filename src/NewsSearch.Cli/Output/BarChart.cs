using System.Globalization;
using System.Text;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Draws labelled counts as horizontal bars of Unicode blocks, in eighths of a character
/// (▏▎▍▌▋▊▉█), so small differences still show. The longest bar fills the width left after the
/// labels and counts; a count above zero always gets at least ▏, so it is never mistaken for none.
/// </summary>
internal static class BarChart
{
    private const string Eighths = "▏▎▍▌▋▊▉█";

    public static void Write(TextWriter output, IReadOnlyList<(string Label, int Count)> rows, int width, TextStyle style)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var labelWidth = rows.Max(r => r.Label.Length);
        var countWidth = rows.Max(r => Formats.Number(r.Count).Length);
        var barWidth = Math.Max(10, width - labelWidth - countWidth - 3);
        var max = Math.Max(1, rows.Max(r => r.Count));
        foreach (var (label, count) in rows)
        {
            var bar = Bar(count, max, barWidth);
            var number = Formats.Number(count).PadLeft(countWidth);
            output.WriteLine($"{label.PadRight(labelWidth)} {number} {style.Accent(bar)}".TrimEnd());
        }
    }

    /// <summary>A bar of <paramref name="count"/>/<paramref name="max"/> of <paramref name="width"/> characters.</summary>
    public static string Bar(int count, int max, int width)
    {
        if (count <= 0)
        {
            return "";
        }

        var eighths = Math.Max(1, (int)Math.Round((double)count / max * width * 8, MidpointRounding.AwayFromZero));
        var builder = new StringBuilder(width);
        builder.Append('█', eighths / 8);
        if (eighths % 8 > 0)
        {
            builder.Append(Eighths[(eighths % 8) - 1]);
        }

        return builder.ToString();
    }

    /// <summary>The label of a period: <c>1987</c>, <c>1987-03</c>, <c>1987-W10</c> or <c>1987-03-05</c>.</summary>
    public static string PeriodLabel(DateTimeOffset start, TrendInterval interval) => interval switch
    {
        TrendInterval.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        TrendInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TrendInterval.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(start.UtcDateTime):00}"),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
