using System.CommandLine;

namespace NewsSearch.Cli.Commands;

/// <summary>
/// <c>newssearch completion bash|zsh</c> prints a shell completion script; the script asks the
/// hidden <c>newssearch complete -- LINE</c> for the words that may follow, which System.CommandLine
/// works out from the command tree (commands, options, allowed values such as --sort's).
/// </summary>
internal static class CompletionCommand
{
    private const string Summary = "Print a shell completion script (bash or zsh).";

    /// <summary>Examples, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Examples:
          eval "$(newssearch completion bash)"      # in ~/.bashrc
          eval "$(newssearch completion zsh)"       # in ~/.zshrc, after compinit

        Completes commands, options and option values (--sort newest, --facet source, ...).
        Exit codes: 0 printed, 2 unknown shell.
        """;

    private const string Bash = """
        # newssearch completion for bash: eval "$(newssearch completion bash)"
        _newssearch_complete() {
          local IFS=$'\n'
          local line="${COMP_LINE:0:COMP_POINT}"
          COMPREPLY=( $(compgen -W "$(newssearch complete -- "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _newssearch_complete newssearch
        """;

    private const string Zsh = """
        # newssearch completion for zsh: eval "$(newssearch completion zsh)" after compinit
        _newssearch() {
          local -a completions
          completions=("${(@f)$(newssearch complete -- "${BUFFER[1,CURSOR]}" 2>/dev/null)}")
          compadd -- $completions
        }
        compdef _newssearch newssearch
        """;

    private static readonly Argument<string> Shell = new Argument<string>("shell")
    {
        Description = "The shell: bash or zsh",
    }.AcceptOnlyFromAmong("bash", "zsh");

    private static readonly Argument<string> Line = new("line")
    {
        Description = "The command line up to the cursor, program name first",
    };

    public static Command Create()
    {
        var command = new Command("completion", Summary) { Shell };
        command.SetAction(parseResult =>
        {
            var script = parseResult.GetValue(Shell) == "zsh" ? Zsh : Bash;
            parseResult.InvocationConfiguration.Output.WriteLine(script);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The hidden command the scripts call: prints the words that may come next, one per line.</summary>
    public static Command CreateComplete(Command root)
    {
        var command = new Command("complete", "List the words that may complete a command line (used by the completion scripts).")
        {
            Line,
        };
        command.Hidden = true;
        command.SetAction(parseResult =>
        {
            // Whatever the program was run as (newssearch, ./newssearch, a path), the first word is not parsed.
            var line = (parseResult.GetValue(Line) ?? "").TrimStart();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var rest = space < 0 ? "" : line[(space + 1)..];
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var item in root.Parse(rest).GetCompletions(rest.Length))
            {
                output.WriteLine(item.Label);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
