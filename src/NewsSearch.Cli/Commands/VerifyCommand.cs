using System.CommandLine;
using System.Globalization;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch verify</c>: checks every file of the index (Lucene's CheckIndex) and the schema version.</summary>
internal static class VerifyCommand
{
    private const string Summary = "Check the whole index for damage: every file, checksum, term and stored article, and the schema version.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Reads every byte of the index, so it takes about as long as copying it. Prints 'ok: …' or
        one line per problem on stdout. A damaged index is rebuilt from the original files with
        'newssearch index --rebuild <files or folders>'.

        Examples:
          newssearch verify
          newssearch verify --index ~/news-index --json

        Exit codes: 0 no problems, 1 problems found, 2 error (such as a missing index, or one
        being written by another process).
        """;

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write one JSON object: index, healthy, articles, segments, schemaVersion, problems",
    };

    public static Command Create()
    {
        var command = new Command("verify", Summary) { Json };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var health = IndexHealth.Check(context.IndexPath);
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEWSSEARCH_DEBUG")))
        {
            context.Error.WriteLine(health.Log);
        }

        if (context.ParseResult.GetValue(Json))
        {
            using var lines = new JsonLineWriter(context.Output);
            lines.WriteLine(json =>
            {
                json.WriteStartObject();
                json.WriteString("index", Path.GetFullPath(context.IndexPath));
                json.WriteBoolean("healthy", health.IsHealthy);
                json.WriteNumber("articles", health.Articles);
                json.WriteNumber("segments", health.Segments);
                if (health.SchemaVersion is { } version)
                {
                    json.WriteNumber("schemaVersion", version);
                }
                else
                {
                    json.WriteNull("schemaVersion");
                }

                json.WriteStartArray("problems");
                foreach (var problem in health.Problems)
                {
                    json.WriteStringValue(problem);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        else if (health.IsHealthy)
        {
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ok: {Formats.Count(health.Articles, "article", "articles")} in {Formats.Count(health.Segments, "segment", "segments")}, schema version {health.SchemaVersion}; no problems found in {context.IndexPath}"));
        }
        else
        {
            foreach (var problem in health.Problems)
            {
                context.Output.WriteLine($"{context.IndexPath}: {problem}");
            }
        }

        if (!health.IsHealthy)
        {
            context.Report($"the index has {Formats.Count(health.Problems.Count, "problem", "problems")}; rebuild it from the original files with: newssearch index --rebuild <files or folders> --index {CommandContext.Quote(context.IndexPath)}");
        }

        return health.IsHealthy ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
