namespace NewsSearch.Cli.Tests.Support;

/// <summary>A fact that runs the CLI on a pseudo-terminal; skipped, with the reason, where there is none.</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (PseudoTerminal.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
