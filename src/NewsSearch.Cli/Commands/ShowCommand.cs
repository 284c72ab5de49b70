using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch show</c>: prints one whole article.</summary>
internal static class ShowCommand
{
    private const string Summary = "Print a whole article, found by its id.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Shows the headline, byline, source, date, section, tags, URL, body and captions. The id is the
        last line of each hit in 'newssearch query' ("id" with --json).

        Examples:
          newssearch show sample-001
          newssearch show sample-001 --json > article.jsonl

        With --json the article is one line in the JSON Lines format that 'newssearch index' reads.
        Exit codes: 0 shown, 1 no article has this id, 2 error.
        """;

    private static readonly Argument<string> Id = new("id") { Description = "The article's id" };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write the article as one JSON object (the JSON Lines article format)",
    };

    public static Command Create()
    {
        var command = new Command("show", Summary) { Id, Json };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var id = context.ParseResult.GetValue(Id) ?? "";
        using var searcher = NewsSearcher.Open(context.IndexPath);
        var article = searcher.Get(id);
        if (article is null)
        {
            context.Report($"no article with id '{id}'");
            return ExitCodes.NoMatches;
        }

        if (context.ParseResult.GetValue(Json))
        {
            using var lines = new JsonLineWriter(context.Output);
            lines.WriteLine(json =>
            {
                json.WriteStartObject();
                ArticleWriter.WriteProperties(json, article);
                json.WriteEndObject();
            });
        }
        else
        {
            new ArticleTextWriter(context.Output, context.Style, context.WrapWidth).Write(article);
        }

        return ExitCodes.Success;
    }
}
