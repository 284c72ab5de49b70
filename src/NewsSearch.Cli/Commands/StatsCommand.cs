using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch stats</c>: describes the index.</summary>
internal static class StatsCommand
{
    private const string Summary = "Describe the index: articles, sources, dates, size on disk, segments, schema version.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Examples:
          newssearch stats
          newssearch stats --index ~/news-index --json

        Exit codes: 0 done, 2 error (such as a missing index).
        """;

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write one JSON object: articles, sources, earliest, latest, sizeBytes, segments, schemaVersion, index",
    };

    public static Command Create()
    {
        var command = new Command("stats", Summary) { Json };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        IndexStats stats;
        using (var searcher = NewsSearcher.Open(context.IndexPath))
        {
            stats = searcher.GetStats();
        }

        var location = Path.GetFullPath(context.IndexPath);
        if (context.ParseResult.GetValue(Json))
        {
            using var lines = new JsonLineWriter(context.Output);
            lines.WriteLine(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("articles", stats.Articles);
                json.WriteNumber("sources", stats.Sources);
                WriteDate(json, "earliest", stats.Earliest);
                WriteDate(json, "latest", stats.Latest);
                json.WriteNumber("sizeBytes", stats.SizeInBytes);
                json.WriteNumber("segments", stats.Segments);
                json.WriteNumber("schemaVersion", stats.SchemaVersion);
                json.WriteString("index", location);
                json.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var style = context.Style;
        var dates = stats.Earliest is { } earliest && stats.Latest is { } latest
            ? $"{Formats.Day(earliest)} to {Formats.Day(latest)}"
            : "none (no article is dated)";
        (string Label, string Value)[] rows =
        [
            ("index", location),
            ("articles", Formats.Number(stats.Articles)),
            ("sources", Formats.Number(stats.Sources)),
            ("published", dates),
            ("size", Formats.Size(stats.SizeInBytes)),
            ("segments", Formats.Number(stats.Segments)),
            ("schema", Formats.Number(stats.SchemaVersion)),
        ];
        foreach (var (label, value) in rows)
        {
            context.Output.WriteLine(style.Dim((label + ":").PadRight(11)) + value);
        }

        return ExitCodes.Success;
    }

    private static void WriteDate(System.Text.Json.Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, Formats.IsoDate(date));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
