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

    private static readonly Option<string?> Since = new("--since")
    {
        Description = "Only articles published on or after DATE: 2018, 2018-11, 2018-11-05 or 2018-11-05T14:30:00Z",
        HelpName = "DATE",
    };

    private static readonly Option<string?> Until = new("--until")
    {
        Description = "Only articles published on or before DATE (the whole year, month or day counts)",
        HelpName = "DATE",
    };

    private static readonly Option<string[]> Sources = new("--source")
    {
        Description = "Only articles from this publisher (exact name, any case); repeat for several",
        HelpName = "NAME",
    };

    private static readonly Option<string[]> Sections = new("--section")
    {
        Description = "Only articles in this section; repeat for several",
        HelpName = "NAME",
    };

    private static readonly Option<string[]> Tags = new("--tag")
    {
        Description = "Only articles with this tag; repeat for several",
        HelpName = "TAG",
    };

    private static readonly Option<bool> Any = new("--any")
    {
        Description = "Match articles with any of the words instead of all of them",
    };

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
        var command = new Command("query", Summary)
        {
            Text, Limit, Offset, Sort, Since, Until, Sources, Sections, Tags, Any, Json, Csv, Count, Fields, NoSnippets,
            SearchFeatureOptions.Synonyms, SearchFeatureOptions.NoSynonyms, SearchFeatureOptions.Explain, Timeout,
        };
        foreach (var option in QueryFacetOptions.All)
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
        if (!TryParseDate(context, parse.GetValue(Since), "--since", out var since) || !TryParseDate(context, parse.GetValue(Until), "--until", out var until))
        {
            return ExitCodes.Error;
        }

        var countOnly = parse.GetValue(Count);
        var json = parse.GetValue(Json);
        var csv = parse.GetValue(Csv);
        var fields = HitFields.Parse(parse.GetValue(Fields) ?? [], out _);
        var withSnippets = !parse.GetValue(NoSnippets);
        var query = new NewsQuery(text)
        {
            Since = since?.Start,
            Until = until?.End,
            Sources = parse.GetValue(Sources) ?? [],
            Sections = parse.GetValue(Sections) ?? [],
            Tags = parse.GetValue(Tags) ?? [],
            MatchAny = parse.GetValue(Any),
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

        if (json)
        {
            WriteJson(context, text, query, results, searcher, fields);
        }
        else if (csv)
        {
            WriteCsv(context, text, query, results, searcher, fields);
        }
        else
        {
            WriteText(context, text, query, results, withSnippets);
        }

        var found = results.Hits.Count > 0 || (query.Take == 0 && results.TotalHits > 0);
        return found ? ExitCodes.Success : ExitCodes.NoMatches;
    }

    private static void WriteCsv(CommandContext context, string text, NewsQuery query, SearchResults results, NewsSearcher searcher, IReadOnlyList<string> fields)
    {
        // The header is written even when nothing matched, so a spreadsheet import still gets its columns.
        var writer = new CsvHitWriter(context.Output, fields);
        writer.WriteHeader();
        var rank = query.Skip;
        foreach (var hit in results.Hits)
        {
            writer.Write(++rank, hit, fields.Count > 0 ? searcher.Get(hit.Id) : null);
        }

        if (results.PartialMatch is { } partial)
        {
            context.Error.WriteLine(QueryNotes.Partial(partial, results.TotalHits));
        }

        context.Error.WriteLine(Header(text, query, results));
    }

    private static void WriteJson(CommandContext context, string text, NewsQuery query, SearchResults results, NewsSearcher searcher, IReadOnlyList<string> fields)
    {
        // stdout carries only hits, so `| jq` works; the human notes go to stderr.
        if (results.PartialMatch is { } partial)
        {
            context.Error.WriteLine(QueryNotes.Partial(partial, results.TotalHits));
        }

        foreach (var line in QueryNotes.Reductions(results, query))
        {
            context.Error.WriteLine(line);
        }

        using (var writer = new JsonHitWriter(context.Output, withDuplicates: query.Collapse))
        {
            foreach (var hit in results.Hits)
            {
                writer.Write(hit, fields.Count > 0 ? searcher.Get(hit.Id) : null, fields);
            }
        }

        QueryFacetOptions.WriteJson(context, query, results);

        context.Error.WriteLine(Header(text, query, results));
        QueryNotes.WriteJson(context.Error, results);
    }

    private static void WriteText(CommandContext context, string text, NewsQuery query, SearchResults results, bool withSnippets)
    {
        if (results.TotalHits == 0)
        {
            context.Error.WriteLine(Header(text, query, results));
            foreach (var line in QueryNotes.Reductions(results, query))
            {
                context.Error.WriteLine(line);
            }

            if (QueryNotes.DidYouMean(results) is { } suggestion)
            {
                context.Error.WriteLine(suggestion);
            }

            return;
        }

        var style = context.Style;
        if (QueryNotes.DidYouMean(results) is { } didYouMean)
        {
            context.Output.WriteLine(style.Accent(didYouMean));
        }

        if (results.PartialMatch is { } partial)
        {
            context.Output.WriteLine(style.Accent(QueryNotes.Partial(partial, results.TotalHits)));
        }

        foreach (var line in QueryNotes.Reductions(results, query))
        {
            context.Output.WriteLine(style.Accent(line));
        }

        context.Output.WriteLine(style.Dim(Header(text, query, results)));
        if (QueryNotes.AnyWord(results) is { } anyWord)
        {
            context.Output.WriteLine(style.Dim(anyWord));
        }

        if (QueryNotes.Synonyms(results) is { } synonyms)
        {
            context.Output.WriteLine(style.Dim(synonyms));
        }
        context.Output.WriteLine();
        var writer = new TextHitWriter(context.Output, style, context.WrapWidth);
        var rank = query.Skip;
        foreach (var hit in results.Hits)
        {
            writer.Write(++rank, hit, withSnippets);
        }

        if (rank < (results.TotalStories ?? results.TotalHits) && results.Hits.Count > 0)
        {
            context.Output.WriteLine(style.Dim(string.Create(CultureInfo.InvariantCulture, $"more: add --offset {rank}")));
        }

        QueryFacetOptions.WriteText(context, query, results);
    }

    private static string Header(string text, NewsQuery query, SearchResults results)
    {
        var total = results.TotalHits;
        var match = total == 1 ? "1 article matches" : string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? "no" : Formats.Number(total))} articles match");
        var header = $"{match} \"{text}\"";
        if (results.TotalStories is { } stories)
        {
            header += string.Create(CultureInfo.InvariantCulture, $", {Formats.Count(stories, "story", "stories")} once copies are folded");
        }

        if (total == 0)
        {
            return header;
        }

        return results.Hits.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{header} (none shown from offset {query.Skip})")
            : string.Create(CultureInfo.InvariantCulture, $"{header} (showing {query.Skip + 1}-{query.Skip + results.Hits.Count})");
    }


    private static bool TryParseDate(CommandContext context, string? value, string option, out DatePeriod? period)
    {
        period = null;
        if (value is null)
        {
            return true;
        }

        if (DatePeriod.TryParse(value, out var parsed))
        {
            period = parsed;
            return true;
        }

        context.Report($"invalid date '{value}' for {option}; use 2018, 2018-11, 2018-11-05 or 2018-11-05T14:30:00Z");
        return false;
    }
}
