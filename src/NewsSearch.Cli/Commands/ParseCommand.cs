using System.CommandLine;
using NewsSearch.Cli.Input;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch parse</c>: shows what <c>index</c> would store, without an index.</summary>
internal static class ParseCommand
{
    private const string Summary = "Print the articles that 'index' would store, as JSON Lines, without touching an index.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Reads files as 'newssearch index' does and prints one article per line, with "path" and "line"
        telling where it came from. Use it to check a scraper's output, or to convert text and JSON
        files to JSON Lines.

        Examples:
          newssearch parse samples/articles/scraped
          newssearch parse page.txt --format text | jq .title
          newssearch parse archive.json > archive.jsonl

        Warnings go to stderr as 'path:line: reason'.
        Exit codes: 0 at least one article was read, 2 none could be read.
        """;

    private static readonly Argument<string[]> Paths = CommonOptions.RejectUnknownOptions(new("paths")
    {
        Description = "Files and folders to read, or '-' for standard input",
        Arity = ArgumentArity.OneOrMore,
    });

    // The output is always JSON Lines; --json is accepted so that `parse --json`, typed by analogy
    // with the other commands, is not opened as a file called "--json".
    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write JSON Lines (what parse always writes; accepted like the other commands' --json)",
    };

    private static readonly Option<string> Format = CommonOptions.CreateFormat();

    public static Command Create()
    {
        var command = new Command("parse", Summary) { Paths, Format, Json };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var plan = InputPlan.Create(context.ParseResult.GetValue(Paths) ?? []);
        var format = CommonOptions.ToArticleFormat(context.ParseResult.GetValue(Format));
        var warnings = new WarningPrinter(context.Error, progress: null);
        using var lines = new JsonLineWriter(context.Output);
        var articles = 0;
        foreach (var record in plan.Read(format))
        {
            foreach (var warning in record.Warnings)
            {
                warnings.Print(warning);
            }

            if (record.Article is not { } article)
            {
                continue;
            }

            articles++;
            lines.WriteLine(json =>
            {
                json.WriteStartObject();
                ArticleWriter.WriteProperties(json, article);
                json.WriteString("path", record.Path);
                if (record.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }

                json.WriteEndObject();
            });
        }

        warnings.PrintHiddenCount();
        if (articles == 0)
        {
            context.Report("no article could be read");
            return ExitCodes.Error;
        }

        return ExitCodes.Success;
    }
}
