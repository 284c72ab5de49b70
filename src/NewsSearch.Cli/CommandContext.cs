using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli;

/// <summary>
/// What a command needs besides its options: the output streams, whether they are terminals, and
/// the index folder. <see cref="Run"/> is the boundary where failures become one-line messages.
/// </summary>
internal sealed class CommandContext
{
    // EPIPE on Unix (.NET puts the errno in HResult) and ERROR_BROKEN_PIPE on Windows.
    private const int UnixBrokenPipe = 32;
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);

    private readonly string? _indexOption;
    private string? _indexPath;

    private CommandContext(ParseResult parseResult)
    {
        ParseResult = parseResult;
        // Everything written goes through the filter: an article, a query or a file name holding
        // terminal escapes (written through the library API, say) cannot reach the terminal raw.
        Output = new TerminalSafeWriter(parseResult.InvocationConfiguration.Output);
        Error = new TerminalSafeWriter(parseResult.InvocationConfiguration.Error);
        var dumbTerminal = Environment.GetEnvironmentVariable("TERM") == "dumb";
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        OutputIsTerminal = !Console.IsOutputRedirected && !dumbTerminal;
        ErrorIsTerminal = !Console.IsErrorRedirected && !dumbTerminal;
        Style = parseResult.GetValue(CommonOptions.Color) switch
        {
            "always" => TextStyle.Ansi,
            "never" => TextStyle.Plain,
            _ => OutputIsTerminal && !noColor ? TextStyle.Ansi : TextStyle.Plain,
        };
        _indexOption = parseResult.GetValue(CommonOptions.Index);
    }

    public ParseResult ParseResult { get; }

    /// <summary>Results: hits, articles, JSON Lines.</summary>
    public TextWriter Output { get; }

    /// <summary>Diagnostics, warnings, progress and summaries.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether stdout is a terminal (a person reading, not a pipe or file).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether stderr is a terminal, so a live progress line can be redrawn in place.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>ANSI styling for stdout: <c>--color</c>, else on a terminal unless <c>NO_COLOR</c> is set.</summary>
    public TextStyle Style { get; }

    /// <summary>Columns to wrap text to on a terminal; null when stdout is not one (pipes and files get long lines).</summary>
    public int? WrapWidth => OutputIsTerminal ? TerminalWidth.Get(outputIsTerminal: true) : null;

    /// <summary>The index folder from <c>--index</c>, <c>NEWSSEARCH_INDEX</c> or the default.</summary>
    /// <exception cref="NewsSearchException"><c>--index</c> was given empty.</exception>
    public string IndexPath => _indexPath ??= IndexLocation.Resolve(_indexOption);

    /// <summary>Writes <c>newssearch: message</c> to stderr.</summary>
    public void Report(string message) => Error.WriteLine("newssearch: " + message);

    /// <summary>Runs a command body, turning the failures a user can act on into one line on stderr and exit code 2.</summary>
    public static int Run(ParseResult parseResult, Func<CommandContext, int> body)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        var context = new CommandContext(parseResult);
        try
        {
            return body(context);
        }
        catch (IndexNotFoundException exception)
        {
            context.Report($"{exception.Message}; build one with: newssearch index <files or folders> --index {Quote(exception.IndexPath)}");
            return ExitCodes.Error;
        }
        catch (NewsSearchException exception)
        {
            context.Report(OneLine(exception.Message));
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            context.Report("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (IOException exception) when (IsBrokenPipe(exception))
        {
            // The reader of our output went away (`| head`); like grep, stop quietly.
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Report(OneLine(exception.Message));
            return ExitCodes.Error;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug, not a user mistake: still one line, with the trace only on request.
            context.Report($"internal error: {exception.GetType().Name}: {OneLine(exception.Message)}");
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEWSSEARCH_DEBUG")))
            {
                context.Error.WriteLine(exception);
            }
            else
            {
                context.Error.WriteLine("(set NEWSSEARCH_DEBUG=1 to see the details, and please report it)");
            }

            return ExitCodes.Error;
        }
    }

    /// <summary>Quotes a path for a shell command the user may copy, when it needs quoting.</summary>
    public static string Quote(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '~' or ':' or '\\')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool IsBrokenPipe(IOException exception) =>
        exception.HResult is UnixBrokenPipe or WindowsBrokenPipe;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
