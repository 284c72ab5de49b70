using System.CommandLine;
using System.Globalization;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch dupes</c>: stories published more than once (wire copies).</summary>
internal static class DupesCommand
{
    private const string Summary = "List stories published more than once: clusters of near-duplicate articles, largest first.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Articles are copies of one story when their bodies share most of their three-word runs (a
        MinHash estimate of the Jaccard similarity of 0.4 or more) and appeared within three days of each other: an agency story republished with a
        new headline, a few words changed or a paragraph cut is found; another outlet's own story on
        the same event is not. In each cluster the earliest published comes first, the likely original,
        and each copy shows its similarity to it.

        Examples:
          newssearch dupes
          newssearch dupes cotton --limit 5
          newssearch dupes --json | jq -r '.articles[0].title'

        Output: --json writes one object per cluster {"size","articles":[{"id","title","source",
        "published","url","similarity"}]}.
        Exit codes: 0 found, 1 no story has copies, 2 error.
        """;

    private static readonly Argument<string[]> Text = new("query")
    {
        Description = "Only among articles matching this query (default: all articles)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<int> Limit = CommonOptions.NonNegative(new("--limit", "-n")
    {
        Description = "How many clusters to show",
        HelpName = "N",
        DefaultValueFactory = _ => 20,
    });

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON Lines: one object per cluster",
    };

    public static Command Create()
    {
        var command = new Command("dupes", Summary) { Text, Limit, Json };
        command.Aliases.Add("duplicates");
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var text = string.Join(' ', context.ParseResult.GetValue(Text) ?? []);
        IReadOnlyList<DuplicateCluster> clusters;
        using (var searcher = NewsSearcher.Open(context.IndexPath))
        {
            clusters = searcher.FindDuplicates(new NewsQuery(text));
        }

        var shown = clusters.Take(context.ParseResult.GetValue(Limit)).ToList();
        var copies = clusters.Sum(c => c.Articles.Count);
        var summary = clusters.Count == 0
            ? "no story has copies" + (text.Length > 0 ? $" among articles matching \"{text}\"" : "")
            : $"{Formats.Count(clusters.Count, "story", "stories")} published more than once ({Formats.Count(copies, "article", "articles")})" + (clusters.Count > shown.Count ? string.Create(CultureInfo.InvariantCulture, $"; showing the {shown.Count} largest") : "");
        if (context.ParseResult.GetValue(Json))
        {
            using var lines = new JsonLineWriter(context.Output);
            foreach (var cluster in shown)
            {
                lines.WriteLine(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("size", cluster.Articles.Count);
                    json.WriteStartArray("articles");
                    foreach (var article in cluster.Articles)
                    {
                        NearDuplicateJson.Write(json, article);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }

            context.Error.WriteLine(summary);
        }
        else if (clusters.Count == 0)
        {
            context.Error.WriteLine(summary);
        }
        else
        {
            var style = context.Style;
            context.Output.WriteLine(style.Dim(summary));
            context.Output.WriteLine();
            var number = 0;
            foreach (var cluster in shown)
            {
                var first = cluster.Articles[0];
                context.Output.WriteLine($"{++number,3}. {style.Bold(OneLine(first.Title ?? "(no title)"))} {style.Dim($"({Formats.Count(cluster.Articles.Count, "copy", "copies")})")}");
                foreach (var article in cluster.Articles)
                {
                    var date = article.Published is { } published ? Formats.Day(published) : "undated   ";
                    var similarity = ReferenceEquals(article, first) ? "original" : string.Create(CultureInfo.InvariantCulture, $"{article.Similarity:0.00}    ");
                    context.Output.WriteLine($"     {style.Accent(date)}  {similarity}  {OneLine(article.Source ?? "")}  {style.Dim(article.Id)}");
                }

                context.Output.WriteLine();
            }
        }

        return clusters.Count > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
