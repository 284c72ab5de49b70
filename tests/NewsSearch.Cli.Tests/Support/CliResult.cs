namespace NewsSearch.Cli.Tests.Support;

/// <summary>What one run of the CLI produced.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => SplitLines(Output);

    public IReadOnlyList<string> ErrorLines => SplitLines(Error);

    /// <summary>Shown by assertions, so a failing test tells what the CLI said.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    private static string[] SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
}
