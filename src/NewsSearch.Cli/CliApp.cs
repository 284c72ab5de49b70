using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using NewsSearch.Cli.Commands;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli;

/// <summary>Builds the command tree and runs a parsed command line the way grep-like tools behave.</summary>
internal static class CliApp
{
    /// <summary>The name users type, whatever the assembly or apphost is called.</summary>
    public const string Name = "newssearch";

    private const string Summary = "Index news archives and search them with Lucene query syntax.";

    private const string Details = """
        Examples:
          newssearch index samples/articles
          newssearch query "Xinjiang cotton" --since 2020 --limit 5
          newssearch query 'title:Uyghur' --json | jq .title
          newssearch show sample-001
          newssearch trend cocoa --by month
          newssearch query cotton --facet source,year --collapse

        Input formats: JSON Lines, JSON, saved web pages (HTML), RSS/Atom feeds and scraped plain
        text, each also gzip-compressed (see 'newssearch index --help').
        The index is --index DIR, else $NEWSSEARCH_INDEX, else a folder in your user data folder.
        Shell completion: eval "$(newssearch completion bash)" (or zsh).
        Exit codes: 0 found or done, 1 nothing found, 2 error.
        """;

    /// <summary>Creates the root command with every subcommand.</summary>
    public static Command Create()
    {
        // A plain Command rather than RootCommand: RootCommand takes its name from the executable, which
        // is "NewsSearch.Cli" under `dotnet tool` (the assembly cannot be called "newssearch" because
        // its name would clash with the library's "NewsSearch" on case-insensitive lookups).
        var root = new Command(Name, Summary) { CommonOptions.Index, CommonOptions.Color, new HelpOption(), new VersionOption() };
        var details = new Dictionary<Command, string> { [root] = Details };
        Add(root, details, IndexCommand.Create(), IndexCommand.Details);
        Add(root, details, QueryCommand.Create(), QueryCommand.Details);
        Add(root, details, ShowCommand.Create(), ShowCommand.Details);
        Add(root, details, StatsCommand.Create(), StatsCommand.Details);
        Add(root, details, DeleteCommand.Create(), DeleteCommand.Details);
        Add(root, details, ParseCommand.Create(), ParseCommand.Details);
        Add(root, details, TrendCommand.Create(), TrendCommand.Details);
        Add(root, details, SimilarCommand.Create(), SimilarCommand.Details);
        Add(root, details, DupesCommand.Create(), DupesCommand.Details);
        Add(root, details, WatchCommand.Create(), WatchCommand.Details);
        Add(root, details, VerifyCommand.Create(), VerifyCommand.Details);
        Add(root, details, CompletionCommand.Create(), CompletionCommand.Details);
        root.Add(CompletionCommand.CreateComplete(root));
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new DetailedHelpAction((HelpAction)help.Action!, details);
        }

        return root;
    }

    /// <summary>
    /// Invokes the parsed command with a buffered stdout, and reports usage errors as
    /// <c>newssearch: message</c> with exit code 2 (System.CommandLine would print the whole help
    /// and exit 1, which grep-style callers read as "nothing found").
    /// </summary>
    public static int Run(this ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);

        var output = StandardStreams.OpenOutput();
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = StandardStreams.OpenError(),

            // Every command catches its own failures (CommandContext.Run); the default handler would print a stack trace.
            EnableDefaultExceptionHandler = false,

            // The index command handles Ctrl-C itself so it can commit or roll back before exiting.
            ProcessTerminationTimeout = null,
        };
        try
        {
            if (parseResult.Action is ParseErrorAction)
            {
                return ReportUsageErrors(parseResult, configuration.Error);
            }

            return parseResult.Invoke(configuration);
        }
        finally
        {
            try
            {
                output.Flush();
            }
            catch (IOException)
            {
                // The reader went away (`newssearch query x | head -1`); there is nobody left to tell.
            }
        }
    }

    private static void Add(Command root, Dictionary<Command, string> details, Command command, string text)
    {
        root.Add(command);
        details[command] = text;
    }

    private static int ReportUsageErrors(ParseResult parseResult, TextWriter error)
    {
        var path = CommandPath(parseResult.CommandResult);
        if (parseResult.CommandResult.Command.Name == Name && parseResult.UnmatchedTokens is [var first, ..] && !first.StartsWith('-'))
        {
            // `newssearch qurey x` or `newssearch Xinjiang`: one line that says what to type instead.
            var words = parseResult.UnmatchedTokens.Where(token => !token.StartsWith('-')).ToList();
            error.WriteLine("newssearch: " + UsageHints.UnknownCommand(words, parseResult.CommandResult.Command));
            error.WriteLine($"Run '{path} --help' for usage.");
            return ExitCodes.Error;
        }

        // System.CommandLine reports some mistakes twice, and names a subcommand without its parent ('add' for watch add).
        var command = parseResult.CommandResult.Command;
        var messages = parseResult.Errors
            .Select(parseError => string.Join(' ', parseError.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Select(message => message.Replace($"command: '{command.Name}'", $"'{path}'", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            error.WriteLine("newssearch: " + message);
        }

        error.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Error;
    }

    /// <summary>The command as typed from the root, <c>newssearch watch add</c>, for the help hint.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Add(command.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The standard help, followed by the command's examples and exit codes.</summary>
    private sealed class DetailedHelpAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _standard;
        private readonly IReadOnlyDictionary<Command, string> _details;

        public DetailedHelpAction(HelpAction standard, IReadOnlyDictionary<Command, string> details)
        {
            _standard = standard;
            _details = details;
        }

        public override int Invoke(ParseResult parseResult)
        {
            var result = _standard.Invoke(parseResult);
            if (_details.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                var output = parseResult.InvocationConfiguration.Output;
                foreach (var line in text.Split('\n'))
                {
                    output.WriteLine(line.Length == 0 ? "" : "  " + line.TrimEnd());
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
