using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests;

public sealed class CliAppTests
{
    private static readonly string[] Commands = ["index", "query", "show", "stats", "delete", "parse", "trend", "similar", "dupes", "watch", "verify"];

    public static TheoryData<string> EveryCommand => new(Commands);

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Help_EachCommand_ShowsUsageAndExamples(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"newssearch {command}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("newssearch [command] [options]", result.Output, StringComparison.Ordinal);
        foreach (var command in Commands)
        {
            Assert.Contains(result.OutputLines, line => line.TrimStart().StartsWith(command, StringComparison.Ordinal) || line.Contains(", " + command, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", result.Output);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("query", "x", "--bogus")]
    [InlineData("query", "x", "--sort", "sideways")]
    [InlineData("frobnicate")]
    public void Usage_Mistake_ExitsTwoWithOneLineErrorsAndAHint(params string[] arguments)
    {
        var result = CliRunner.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.All(result.ErrorLines.SkipLast(1), line => Assert.StartsWith("newssearch: ", line, StringComparison.Ordinal));
        Assert.Matches("^Run 'newssearch( [a-z]+)? --help' for usage\\.$", result.ErrorLines[^1]);
        Assert.Empty(result.Output);
    }
}
