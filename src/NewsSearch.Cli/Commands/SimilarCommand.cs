using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch similar</c>: related stories of one article.</summary>
internal static class SimilarCommand
{
    private const string Summary = "List the articles most like a given one (related stories), leaving out copies of it.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Finds related stories by the article's most telling words (MoreLikeThis over its title, body
        and captions). The article itself and its copies (near-duplicate bodies, such as the same
        agency story run by another outlet) are left out, and a story with several copies is listed once.

        Examples:
          newssearch similar sample-001
          newssearch similar sample-001 --limit 3 --json | jq -r .title

        Output: the result list of 'query' (without snippets); --json one object per article.
        Exit codes: 0 found, 1 nothing related or no article with this id, 2 error.
        """;

    private static readonly Argument<string> Id = new("id") { Description = "The article's id" };

    private static readonly Option<int> Limit = CommonOptions.NonNegative(new("--limit", "-n")
    {
        Description = "How many articles to show",
        HelpName = "N",
        DefaultValueFactory = _ => 10,
    });

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON Lines: one object per article, as 'query --json' does",
    };

    public static Command Create()
    {
        var command = new Command("similar", Summary) { Id, Limit, Json };
        command.Aliases.Add("related");
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var id = context.ParseResult.GetValue(Id) ?? "";
        using var searcher = NewsSearcher.Open(context.IndexPath);
        var hits = searcher.Similar(id, context.ParseResult.GetValue(Limit));
        if (hits is null)
        {
            context.Report($"no article with id '{id}'");
            return ExitCodes.NoMatches;
        }

        if (context.ParseResult.GetValue(Json))
        {
            using var writer = new JsonHitWriter(context.Output);
            foreach (var hit in hits)
            {
                writer.Write(hit);
            }
        }
        else if (hits.Count == 0)
        {
            context.Error.WriteLine($"no articles like '{id}'");
        }
        else
        {
            context.Output.WriteLine(context.Style.Dim($"{Formats.Count(hits.Count, "article", "articles")} like {id}"));
            context.Output.WriteLine();
            var writer = new TextHitWriter(context.Output, context.Style);
            var rank = 0;
            foreach (var hit in hits)
            {
                writer.Write(++rank, hit, withSnippets: false);
            }
        }

        return hits.Count > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
