using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests;

/// <summary>The CLI as a person at a terminal sees it, through a pseudo-terminal of a set width.</summary>
public sealed class TerminalOutputTests : IClassFixture<IndexedArchive>
{
    private readonly string _index;

    public TerminalOutputTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [TerminalFact]
    public void Terminal_AnyCommand_SendsNoKeypadModeSequence()
    {
        var result = PseudoTerminal.Run(80, null, "stats", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("articles:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\e[?1h", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\e=", result.Output, StringComparison.Ordinal);
    }

    [TerminalFact]
    public void Terminal_QuerySnippets_WrapToTheTerminalWidth()
    {
        var result = PseudoTerminal.Run(40, null, "query", "ferry", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n').Select(VisibleText).ToList();
        Assert.All(lines, line => Assert.True(line.Length <= 40, $"{line.Length} columns: '{line}'"));
        Assert.Contains(lines, line => line.StartsWith("    ", StringComparison.Ordinal) && line.Contains("ferry", StringComparison.OrdinalIgnoreCase));
    }

    [TerminalFact]
    public void Terminal_Show_WrapsTheBodyAndStylesWithColour()
    {
        var result = PseudoTerminal.Run(30, null, "show", "a1", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\e[1m", result.Output, StringComparison.Ordinal);
        var body = result.Output.Split('\n').Select(VisibleText).SkipWhile(line => !line.StartsWith("Id:", StringComparison.Ordinal)).Skip(2).ToList();
        Assert.Contains("Ferry crews returned to work", body);
        Assert.All(body.Where(line => !line.StartsWith("  - ", StringComparison.Ordinal)), line => Assert.True(line.Length <= 30, $"{line.Length} columns: '{line}'"));
    }

    [TerminalFact]
    public void Terminal_NoColorSet_LeavesStylingOut()
    {
        var result = PseudoTerminal.Run(80, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "show", "a1", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\e', result.Output);
    }

    // What the terminal shows: ANSI escapes take no columns.
    private static string VisibleText(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\e\\[[0-9;?]*[A-Za-z]", "").TrimEnd();
}
