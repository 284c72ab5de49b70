using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsSearch.Cli.Input;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch index</c>: reads articles and adds them to the index.</summary>
internal static class IndexCommand
{
    private const string Summary = "Add articles from files, folders or stdin to the index, replacing any with the same id.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Reads JSON Lines (.jsonl, .ndjson), JSON (.json: one article or an array), saved web pages
        (.html, .htm), RSS and Atom feeds (.xml, .rss, .atom) and scraped plain text (.txt), each
        optionally gzip-compressed (.gz); a file is recognised by its content first, and --format
        forces one. Folders are searched recursively, and '-' reads standard input. A bad record is reported on stderr as 'path:line: reason' and skipped;
        the rest are indexed. Progress is shown on stderr when it is a terminal.

        Examples:
          newssearch index samples/articles
          newssearch index archive-2019.jsonl.gz archive-2020.jsonl.gz --index ~/news-index
          my-scraper --jsonl | newssearch index - --rebuild

        Exit codes: 0 articles were indexed (even if some records were skipped with warnings);
        2 nothing could be indexed, or the index could not be written (for example while another
        process writes it); 130 interrupted by Ctrl-C or SIGTERM: the articles indexed so far are
        committed, or, with --rebuild, the old index is kept unchanged. A second Ctrl-C stops at once.
        """;

    private static readonly Argument<string[]> Paths = CommonOptions.RejectUnknownOptions(new("paths")
    {
        Description = "Files and folders to read, or '-' for standard input",
        Arity = ArgumentArity.OneOrMore,
    });

    private static readonly Option<string> Format = CommonOptions.CreateFormat();

    private static readonly Option<bool> Rebuild = new("--rebuild")
    {
        Description = "Replace the whole index with these articles; the old index stays searchable until the new one is complete",
    };

    private static readonly Option<int> CommitEvery = CommonOptions.NonNegative(new("--commit-every")
    {
        Description = "Commit after every N articles (default 20000), so an interrupted run loses at most N; ignored with --rebuild",
        HelpName = "N",
    });

    public static Command Create()
    {
        var command = new Command("index", Summary) { Paths, Format, Rebuild, CommitEvery };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var plan = InputPlan.Create(context.ParseResult.GetValue(Paths) ?? []);
        var format = CommonOptions.ToArticleFormat(context.ParseResult.GetValue(Format));
        var rebuild = context.ParseResult.GetValue(Rebuild);
        if (plan.InputCount == 0)
        {
            // Nothing readable was named: leave the index alone, and above all do not rebuild it empty.
            foreach (var problem in plan.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            context.Report("nothing to index");
            return ExitCodes.Error;
        }

        using var interrupt = new InterruptSignal();
        var commitEvery = context.ParseResult.GetValue(CommitEvery);
        var options = commitEvery > 0 ? NewsIndexOptions.Default with { CommitEveryArticles = commitEvery } : NewsIndexOptions.Default;
        var writer = rebuild ? NewsIndexWriter.Create(context.IndexPath, options) : NewsIndexWriter.Open(context.IndexPath, options);
        var progress = context.ErrorIsTerminal ? new ProgressLine(context.Error) : null;
        var warnings = new WarningPrinter(context.Error, progress);
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        var interrupted = false;
        try
        {
            // The reader parses on its own thread, UpsertAll builds the documents on this one and analyses on worker threads.
            using var reader = new BackgroundReader(plan.Read(format));
            writer.UpsertAll(Articles(reader.Read(interrupt.Token), warnings, tally, progress, plan), progress: null, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch
        {
            // Leave the index as of its last commit; rerunning the same input completes it without duplicates.
            writer.Rollback();
            throw;
        }
        finally
        {
            progress?.Clear();
        }

        warnings.PrintHiddenCount();
        return Finish(context, writer, tally, plan, clock, rebuild, interrupted);
    }

    /// <summary>The articles of <paramref name="records"/>, reporting warnings, counts and progress as they pass.</summary>
    private static IEnumerable<NewsArticle> Articles(IEnumerable<ArticleRecord> records, WarningPrinter warnings, Tally tally, ProgressLine? progress, InputPlan plan)
    {
        foreach (var record in records)
        {
            foreach (var warning in record.Warnings)
            {
                warnings.Print(warning);
            }

            if (record.Article is null)
            {
                tally.Skipped++;
                continue;
            }

            tally.Warnings += record.Warnings.Count;
            tally.Articles++;
            progress?.Update(elapsed => ProgressText(plan, tally, elapsed));
            yield return record.Article;
        }
    }

    private static int Finish(CommandContext context, NewsIndexWriter writer, Tally tally, InputPlan plan, Stopwatch clock, bool rebuild, bool interrupted)
    {
        if (rebuild && (interrupted || tally.Articles == 0))
        {
            // A rebuild is all or nothing: never swap a good index for a partial or empty one.
            writer.Rollback();
            context.Report(interrupted ? "interrupted; the index is unchanged" : "nothing could be indexed; the index is unchanged");
            return interrupted ? ExitCodes.Interrupted : ExitCodes.Error;
        }

        if (rebuild)
        {
            // A rebuild is the bulk load after which searches should be fastest: one segment.
            writer.Optimize();
        }

        writer.Dispose();
        if (interrupted)
        {
            context.Report($"interrupted; kept the {Formats.Count(tally.Articles, "article", "articles")} indexed so far");
            return ExitCodes.Interrupted;
        }

        if (tally.Articles == 0)
        {
            context.Report($"nothing could be indexed ({Formats.Count(tally.Skipped, "record", "records")} skipped)");
            return ExitCodes.Error;
        }

        // Measured after the final commit, which is part of the work.
        var elapsed = clock.Elapsed;
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(rebuild ? "rebuilt the index with" : "indexed")} {Formats.Count(tally.Articles, "article", "articles")} from {Formats.Count(plan.InputCount, "file", "files")} in {elapsed.TotalSeconds:0.0}s ({tally.Articles / seconds:0}/s); {tally.Skipped} skipped, {Formats.Count(tally.Warnings, "warning", "warnings")}; index: {context.IndexPath}"));
        return ExitCodes.Success;
    }

    private static string ProgressText(InputPlan plan, Tally tally, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"indexing: {plan.InputsDone}/{plan.InputCount} files, {tally.Articles} articles ({tally.Articles / Math.Max(elapsed.TotalSeconds, 0.001):0}/s), {tally.Skipped} skipped, {tally.Warnings} warnings");

    /// <summary>Counts for the progress line and the summary.</summary>
    private sealed class Tally
    {
        public long Articles { get; set; }

        public long Skipped { get; set; }

        public long Warnings { get; set; }
    }
}
