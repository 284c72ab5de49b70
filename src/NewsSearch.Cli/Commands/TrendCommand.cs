using System.CommandLine;
using System.Globalization;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch trend</c>: how many matching articles were published per period, as a bar chart.</summary>
internal static class TrendCommand
{
    private const string Summary = "Count matching articles per day, week, month or year and draw them as a bar chart.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Every period from the first to the last matching date is listed, empty ones as 0. Periods are
        calendar periods in UTC; weeks are ISO weeks (Monday to Sunday). Without --by, the period
        follows the span of the dates: days up to three months, weeks up to a year and a half,
        months up to ten years, else years. Undated matches are counted apart and said.

        Examples:
          newssearch trend cocoa --by month
          newssearch trend 'Xinjiang cotton' --since 2019 --csv > xinjiang.csv
          newssearch trend Uyghur --json | jq -r '[.period, .count] | @tsv'

        Output: the chart is as wide as the terminal ($COLUMNS, else 80 columns, when piped); --csv
        writes period,start,count; --json one object per period {"period","start","count"}; with
        either, the summary goes to stderr.
        Exit codes: 0 found, 1 no matches, 2 error.
        """;

    private static readonly Argument<string[]> Text = new("query")
    {
        Description = "The query; several words may be given without quotes",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> By = new Option<string>("--by")
    {
        Description = "The period: day, week, month or year (default: chosen by the span of the dates)",
        HelpName = "PERIOD",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "day", "week", "month", "year");

    private static readonly Option<string?> Since = new("--since")
    {
        Description = "Only articles published on or after DATE (2018, 2018-11, 2018-11-05)",
        HelpName = "DATE",
    };

    private static readonly Option<string?> Until = new("--until")
    {
        Description = "Only articles published on or before DATE",
        HelpName = "DATE",
    };

    private static readonly Option<string[]> Sources = new("--source")
    {
        Description = "Only articles from this publisher; repeat for several",
        HelpName = "NAME",
    };

    private static readonly Option<bool> Any = new("--any")
    {
        Description = "Match articles with any of the words instead of all of them",
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON Lines: one object per period",
    };

    private static readonly Option<bool> Csv = new("--csv")
    {
        Description = "Write CSV: period,start,count",
    };

    public static Command Create()
    {
        var command = new Command("trend", Summary) { Text, By, Since, Until, Sources, Any, Json, Csv };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var parse = context.ParseResult;
        var text = string.Join(' ', parse.GetValue(Text) ?? []);
        DatePeriod? since = null, until = null;
        if ((parse.GetValue(Since) is { } sinceText && !DatePeriod.TryParse(sinceText, out since))
            || (parse.GetValue(Until) is { } untilText && !DatePeriod.TryParse(untilText, out until)))
        {
            context.Report("invalid date for --since or --until; use 2018, 2018-11, 2018-11-05 or 2018-11-05T14:30:00Z");
            return ExitCodes.Error;
        }

        var query = new NewsQuery(text)
        {
            Since = since?.Start,
            Until = until?.End,
            Sources = parse.GetValue(Sources) ?? [],
            MatchAny = parse.GetValue(Any),
        };
        var interval = parse.GetValue(By) switch
        {
            "day" => TrendInterval.Day,
            "week" => TrendInterval.Week,
            "month" => TrendInterval.Month,
            "year" => TrendInterval.Year,
            _ => TrendInterval.Auto,
        };

        TrendSeries series;
        using (var searcher = NewsSearcher.Open(context.IndexPath))
        {
            series = searcher.Trend(query, interval);
        }

        var summary = Describe(text, series);
        if (parse.GetValue(Json))
        {
            WriteJson(context, series);
            context.Error.WriteLine(summary);
        }
        else if (parse.GetValue(Csv))
        {
            context.Output.WriteLine("period,start,count");
            foreach (var bucket in series.Buckets)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BarChart.PeriodLabel(bucket.Start, series.Interval)},{Formats.Day(bucket.Start)},{bucket.Count}"));
            }

            context.Error.WriteLine(summary);
        }
        else if (series.TotalHits == 0)
        {
            context.Error.WriteLine(summary);
        }
        else
        {
            context.Output.WriteLine(context.Style.Dim(summary));
            context.Output.WriteLine();
            var rows = series.Buckets.Select(b => (BarChart.PeriodLabel(b.Start, series.Interval), b.Count)).ToList();
            BarChart.Write(context.Output, rows, TerminalWidth.Get(context.OutputIsTerminal), context.Style);
        }

        return series.TotalHits > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
    }

    private static void WriteJson(CommandContext context, TrendSeries series)
    {
        using var lines = new JsonLineWriter(context.Output);
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

    private static string Describe(string text, TrendSeries series)
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
