namespace NewsSearch.Cli;

/// <summary>Exit codes as grep and ripgrep use them, so scripts can tell "nothing found" from "failed".</summary>
internal static class ExitCodes
{
    /// <summary>Something was found, or the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but found nothing (no hits, no such id).</summary>
    public const int NoMatches = 1;

    /// <summary>The command failed: bad usage, a bad query, a missing or locked index, unreadable input.</summary>
    public const int Error = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT), as shells report it.</summary>
    public const int Interrupted = 130;
}
