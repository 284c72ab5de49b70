using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>Writes a <see cref="TrendSeries"/> as a bar chart, CSV (<c>period,start,count</c>) or JSON Lines, and its one-line summary.</summary>
internal static class TrendWriter
{
    /// <summary>Writes one <c>{"period","start","count"}</c> object per period.</summary>
    public static void WriteJson(TextWriter output, TrendSeries series)
    {
        using var lines = new JsonLineWriter(output);
        foreach (var bucket in series.Buckets)
        {
            lines.WriteLine(json =>
            {
                json.WriteStartObject();
                json.WriteString("period", BarChart.PeriodLabel(bucket.Start, series.Interval));
                json.WriteString("start", Formats.Day(bucket.Start));
                json.WriteNumber("count", bucket.Count);
                json.WriteEndObject();
            });
        }
    }

    /// <summary>Writes a header row and one <c>period,start,count</c> row per period.</summary>
    public static void WriteCsv(TextWriter output, TrendSeries series)
    {
        output.WriteLine("period,start,count");
        foreach (var bucket in series.Buckets)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BarChart.PeriodLabel(bucket.Start, series.Interval)},{Formats.Day(bucket.Start)},{bucket.Count}"));
        }
    }

    /// <summary>Writes the summary, a blank line and a chart <paramref name="width"/> columns wide.</summary>
    public static void WriteChart(TextWriter output, TextStyle style, string text, TrendSeries series, int width)
    {
        output.WriteLine(style.Dim(Describe(text, series)));
        output.WriteLine();
        var rows = series.Buckets.Select(b => (BarChart.PeriodLabel(b.Start, series.Interval), b.Count)).ToList();
        BarChart.Write(output, rows, width, style);
    }

    /// <summary>The summary: <c>129 articles match "cocoa", per month from 1987-02 to 1987-10</c>, and the undated count.</summary>
    public static string Describe(string text, TrendSeries series)
    {
        var matches = series.TotalHits == 0 ? "no articles match" : Formats.Count(series.TotalHits, "article matches", "articles match");
        var line = $"{matches} \"{text}\"";
        if (series.Buckets.Count > 0)
        {
            var period = series.Interval.ToString().ToLowerInvariant();
            line += string.Create(CultureInfo.InvariantCulture, $", per {period} from {BarChart.PeriodLabel(series.Buckets[0].Start, series.Interval)} to {BarChart.PeriodLabel(series.Buckets[^1].Start, series.Interval)}");
        }

        if (series.Undated > 0)
        {
            line += $"; {Formats.Count(series.Undated, "undated article is", "undated articles are")} not in the chart";
        }

        return line;
    }
}
