using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch watch</c>: saved searches that report only articles indexed since they last ran.</summary>
internal static class WatchCommand
{
    private const string Summary = "Saved searches (alerts): run them after each 'index' to see only new matching articles.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        A saved search starts from the moment it is added. 'watch run' prints the matching articles
        indexed since that search last ran, newest first, and remembers the point, so a cron job can
        run it after every 'newssearch index'. New ids count as new, and so do articles whose content
        changed (a correction); re-indexing an unchanged article does not. The searches are kept in
        newssearch.watches.json in the index folder; concurrent runs wait for each other.

        Examples:
          newssearch watch add xinjiang 'Xinjiang OR Uyghur'
          newssearch watch list
          newssearch index ~/feeds/today.jsonl && newssearch watch run
          newssearch watch run xinjiang --json | jq -r .url
          newssearch watch remove xinjiang

        Output of 'run': per search with news, a heading and the result list of 'query'; --json one
        hit object per line with a "watch" key naming the search.
        Exit codes: 0 done (run: something new), 1 nothing new or no such search, 2 error.
        """;

    private static readonly Argument<string> AddName = new("name") { Description = "A name for the search: letters, digits, '-', '_', '.'" };

    private static readonly Argument<string[]> AddQuery = new("query")
    {
        Description = "The query; several words may be given without quotes",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Argument<string> RemoveName = new("name") { Description = "The saved search to remove" };

    private static readonly Argument<string?> RunName = new("name")
    {
        Description = "Run only this saved search (default: all)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<bool> RunJson = new("--json")
    {
        Description = "Write JSON Lines: one object per new article, with the search's name as \"watch\"",
    };

    private static readonly Option<bool> ListJson = new("--json")
    {
        Description = "Write JSON Lines: one object per saved search",
    };

    public static Command Create()
    {
        var add = new Command("add", "Save a search under a name; it reports articles indexed from now on.") { AddName, AddQuery };
        add.SetAction(parseResult => CommandContext.Run(parseResult, Add));
        var list = new Command("list", "List the saved searches.") { ListJson };
        list.Aliases.Add("ls");
        list.SetAction(parseResult => CommandContext.Run(parseResult, List));
        var remove = new Command("remove", "Delete a saved search.") { RemoveName };
        remove.Aliases.Add("rm");
        remove.SetAction(parseResult => CommandContext.Run(parseResult, Remove));
        var run = new Command("run", "Run saved searches and print the matching articles indexed since each last ran.") { RunName, RunJson };
        run.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return new Command("watch", Summary) { add, list, remove, run };
    }

    private static int Add(CommandContext context)
    {
        var name = context.ParseResult.GetValue(AddName) ?? "";
        var query = string.Join(' ', context.ParseResult.GetValue(AddQuery) ?? []);
        SavedSearches.Open(context.IndexPath).Add(name, query);

        context.Output.WriteLine($"saved '{name}': {query}");
        return ExitCodes.Success;
    }

    private static int List(CommandContext context)
    {
        var searches = SavedSearches.Open(context.IndexPath).List();
        if (context.ParseResult.GetValue(ListJson))
        {
            using var lines = new JsonLineWriter(context.Output);
            foreach (var search in searches)
            {
                lines.WriteLine(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("name", search.Name);
                    json.WriteString("query", search.Query);
                    json.WriteString("created", Formats.IsoInstant(search.Created));
                    if (search.LastRun is { } lastRun)
                    {
                        json.WriteString("lastRun", Formats.IsoInstant(lastRun));
                    }
                    else
                    {
                        json.WriteNull("lastRun");
                    }

                    json.WriteEndObject();
                });
            }
        }
        else if (searches.Count == 0)
        {
            context.Error.WriteLine("no saved searches; add one with: newssearch watch add <name> <query>");
        }
        else
        {
            var width = searches.Max(s => s.Name.Length);
            foreach (var search in searches)
            {
                var lastRun = search.LastRun is { } run ? "last run " + Formats.ReadableDate(run) : "never run";
                context.Output.WriteLine($"{search.Name.PadRight(width)}  {search.Query}  {context.Style.Dim("(" + lastRun + ")")}");
            }
        }

        return searches.Count > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
    }

    private static int Remove(CommandContext context)
    {
        var name = context.ParseResult.GetValue(RemoveName) ?? "";
        if (!SavedSearches.Open(context.IndexPath).Remove(name))
        {
            context.Report($"no saved search named '{name}'");
            return ExitCodes.NoMatches;
        }

        context.Output.WriteLine($"removed '{name}'");
        return ExitCodes.Success;
    }

    private static int Run(CommandContext context)
    {
        var results = SavedSearches.Open(context.IndexPath).Run(context.ParseResult.GetValue(RunName));
        if (results.Count == 0)
        {
            context.Error.WriteLine("no saved searches; add one with: newssearch watch add <name> <query>");
            return ExitCodes.NoMatches;
        }

        if (context.ParseResult.GetValue(RunJson))
        {
            foreach (var result in results)
            {
                using var hits = new JsonHitWriter(context.Output, watch: result.Search.Name);
                foreach (var hit in result.Hits)
                {
                    hits.Write(hit);
                }
            }
        }
        else
        {
            var style = context.Style;
            foreach (var result in results.Where(r => r.Hits.Count > 0))
            {
                context.Output.WriteLine(style.Bold($"{result.Search.Name}: {Formats.Count(result.Hits.Count, "new article", "new articles")}") + style.Dim($" for \"{result.Search.Query}\""));
                context.Output.WriteLine();
                var writer = new TextHitWriter(context.Output, style);
                var rank = 0;
                foreach (var hit in result.Hits)
                {
                    writer.Write(++rank, hit, withSnippets: true);
                }
            }
        }

        foreach (var result in results.Where(r => r.Hits.Count == 0))
        {
            context.Error.WriteLine($"{result.Search.Name}: nothing new");
        }

        return results.Any(r => r.Hits.Count > 0) ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
