using System.CommandLine;
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

    private static readonly Argument<string[]> Text = CommonOptions.RejectUnknownOptions(new("query")
    {
        Description = "The query; several words may be given without quotes",
        Arity = ArgumentArity.OneOrMore,
    });

    private static readonly Option<string> By = new Option<string>("--by")
    {
        Description = "The period: day, week, month or year (default: chosen by the span of the dates)",
        HelpName = "PERIOD",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "day", "week", "month", "year");

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
        var command = new Command("trend", Summary) { Text, By };
        foreach (var option in FilterOptions.All.Append(Json).Append(Csv))
        {
            command.Add(option);
        }

        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var parse = context.ParseResult;
        var text = string.Join(' ', parse.GetValue(Text) ?? []);
        if (!FilterOptions.TryApply(context, new NewsQuery(text), out var query))
        {
            return ExitCodes.Error;
        }

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

        if (parse.GetValue(Json))
        {
            TrendWriter.WriteJson(context.Output, series);
            context.Error.WriteLine(TrendWriter.Describe(text, series));
        }
        else if (parse.GetValue(Csv))
        {
            TrendWriter.WriteCsv(context.Output, series);
            context.Error.WriteLine(TrendWriter.Describe(text, series));
        }
        else if (series.TotalHits == 0)
        {
            context.Error.WriteLine(TrendWriter.Describe(text, series));
        }
        else
        {
            TrendWriter.WriteChart(context.Output, context.Style, text, series, TerminalWidth.Get(context.OutputIsTerminal));
        }

        return series.TotalHits > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
