using System.CommandLine;
using System.Globalization;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch query</c>: searches the index and prints the hits.</summary>
internal static class QueryCommand
{
    private const string Summary = "Search the index and print the best matching articles.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Words must all match unless --any is given; a long question or pasted text (5+ words that
        read as a sentence, or 8+ words) matches any of its words, articles with more of them first.
        Lucene syntax works: "phrases", OR, -exclude, wildcards*, fields (title:, byline:, source:,
        section:, tag:, body:), date:2018-11 and date:[2018 TO 2019]; only AND, OR, NOT in capitals
        are operators, and punctuation that merely looks like syntax (9/11, AC/DC, titles?, a URL)
        is read as text. When no article has every word, the articles matching the most of them are
        shown, with a note naming the words dropped; fields, +word, -word and AND are never dropped.

        Examples:
          newssearch query Xinjiang
          newssearch query '"forced labour" cotton' --since 2020-06 --sort newest
          newssearch query 'title:sanctions' --source Reuters --json | jq -r .url

        Spelling variants are searched too (Uighur finds Uyghur, Kiev finds Kyiv): --synonyms FILE
        adds groups (one per line, comma-separated), --no-synonyms searches only what you typed.
        A query that finds fewer than 3 articles gets "Did you mean: …" when the index has a
        better-spelt word. --explain shows why each hit scored as it did.

        Output: a numbered list on stdout (colour on a terminal unless NO_COLOR is set); with --json,
        one JSON object per hit (id, score, title, source, byline, published, url, snippets, and
        explain with --explain) and the total on stderr, followed there by one JSON object
        {"didYouMean": …, "didYouMeanHits": n, "synonyms": […]} when there is a suggestion or a variant was searched;
        with --count, the number of matching articles alone; with --csv, CSV (RFC 4180) with a header
        row: rank, id, score, published, source, title, byline, url, snippet. --fields subtitle,
        dateline,section,tags,captions,language,body (or all) adds those article fields to --json and
        --csv hits (one stored-article read per hit). --json, --csv and --count exclude each other.
        Dates in --json and --csv are ISO 8601 UTC to the second (2019-05-01T00:00:00Z).
        --facet source,byline,section,tag,language,year counts ALL matching articles (not just the
        page) and prints the top --facet-limit values per field after the hits; with --json they come
        as one last line {"facets":{"source":[{"value":...,"count":...}],...}} (it has no "id").
        --collapse shows each story once: copies (near-duplicate bodies, such as one agency story
        republished by several outlets) fold into the best-ranked, shown with "+N similar" and their
        sources ("duplicates" in --json); --limit and --offset then count stories.
        Exit codes: 0 hits found, 1 no hits, 2 error (such as an invalid query or a missing index).
        """;

    private static readonly Argument<string[]> Text = CommonOptions.RejectUnknownOptions(new("query")
    {
        Description = "The query; several words may be given without quotes",
        Arity = ArgumentArity.OneOrMore,
    });

    private static readonly Option<int> Limit = CommonOptions.NonNegative(new("--limit", "-n")
    {
        Description = "How many hits to show",
        HelpName = "N",
        DefaultValueFactory = _ => 10,
    });

    private static readonly Option<int> Offset = CommonOptions.NonNegative(new("--offset")
    {
        Description = "How many hits to skip, for paging",
        HelpName = "N",
    });

    private static readonly Option<string> Sort = new Option<string>("--sort", "-s")
    {
        Description = "Order: relevance, newest or oldest (undated articles last)",
        HelpName = "ORDER",
        DefaultValueFactory = _ => "relevance",
    }.AcceptOnlyFromAmong("relevance", "newest", "oldest");

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON Lines: one object per hit",
    };

    private static readonly Option<bool> Count = new("--count", "-c")
    {
        Description = "Print only the number of matching articles",
    };

    private static readonly Option<bool> Csv = new("--csv")
    {
        Description = "Write CSV (RFC 4180, a header row): rank, id, score, published, source, title, byline, url, snippet",
    };

    private static readonly Option<string[]> Fields = new("--fields")
    {
        Description = "Add article fields to --json and --csv hits: " + string.Join(", ", HitFields.Names) + ", or all",
        HelpName = "LIST",
    };

    private static readonly Option<bool> NoSnippets = new("--no-snippets")
    {
        Description = "Leave out the highlighted passages",
    };

    private static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Stop a query that runs longer than this many seconds (default 5; 0 for no limit)",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 5,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= 86_400)
            {
                return seconds;
            }

            result.AddError($"--timeout expects seconds from 0 to 86400, not '{text}'");
            return 0;
        },
    };

    public static Command Create()
    {
        var command = new Command("query", Summary) { Text, Limit, Offset, Sort };
        IEnumerable<Option> rest =
        [
            .. FilterOptions.All, Json, Csv, Count, Fields, NoSnippets,
            SearchFeatureOptions.Synonyms, SearchFeatureOptions.NoSynonyms, SearchFeatureOptions.Explain, Timeout,
            .. QueryFacetOptions.All,
        ];
        foreach (var option in rest)
        {
            command.Add(option);
        }

        command.Aliases.Add("q");
        command.Validators.Add(result =>
        {
            // One output shape at a time: a silent winner would hand a script the shape it did not ask for.
            var shapes = new[] { ("--json", Json), ("--csv", Csv), ("--count", Count) }
                .Where(shape => result.GetValue(shape.Item2))
                .Select(shape => shape.Item1)
                .ToList();
            if (shapes.Count > 1)
            {
                result.AddError($"{string.Join(" and ", shapes)} cannot be used together: choose one output");
            }

            if (result.GetValue(Fields) is { Length: > 0 } fields)
            {
                HitFields.Parse(fields, out var unknown);
                if (unknown is not null)
                {
                    result.AddError($"--fields: unknown field '{unknown}'; use {string.Join(", ", HitFields.Names)} or all");
                }
                else if (!result.GetValue(Json) && !result.GetValue(Csv))
                {
                    result.AddError("--fields goes with --json or --csv");
                }
            }
        });
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

        var countOnly = parse.GetValue(Count);
        var json = parse.GetValue(Json);
        var csv = parse.GetValue(Csv);
        var fields = HitFields.Parse(parse.GetValue(Fields) ?? [], out _);
        var withSnippets = !parse.GetValue(NoSnippets);
        query = query with
        {
            Skip = countOnly ? 0 : parse.GetValue(Offset),
            Take = countOnly ? 0 : parse.GetValue(Limit),
            Sort = parse.GetValue(Sort) switch
            {
                "newest" => SortOrder.Newest,
                "oldest" => SortOrder.Oldest,
                _ => SortOrder.Relevance,
            },
            Highlight = withSnippets && !countOnly,
            Timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
        };
        query = SearchFeatureOptions.Apply(parse, query, countOnly);

        using var searcher = NewsSearcher.Open(context.IndexPath, SearchFeatureOptions.SearcherOptions(parse));
        query = QueryFacetOptions.Apply(parse, query);
        SearchResults results;
        try
        {
            results = searcher.Search(query);
        }
        catch (QueryTimeoutException exception)
        {
            context.Report(exception.Message + " (--timeout SECONDS)");
            return ExitCodes.Error;
        }

        if (countOnly)
        {
            context.Output.WriteLine(Formats.Number(results.TotalHits));
            return results.TotalHits > 0 ? ExitCodes.Success : ExitCodes.NoMatches;
        }

        var writer = new QueryResultsWriter(context.Output, context.Error, context.Style, context.WrapWidth, text, query, results);
        if (json)
        {
            writer.WriteJson(fields, searcher.Get);
        }
        else if (csv)
        {
            writer.WriteCsv(fields, searcher.Get);
        }
        else
        {
            writer.WriteText(withSnippets);
        }

        var found = results.Hits.Count > 0 || (query.Take == 0 && results.TotalHits > 0);
        return found ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
