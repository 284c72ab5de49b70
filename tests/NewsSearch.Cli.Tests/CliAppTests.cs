using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests;

public sealed class CliAppTests
{
    private static readonly string[] Commands = ["index", "query", "show", "stats", "delete", "parse", "trend", "similar", "dupes", "watch", "verify", "completion"];

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

    [Theory]
    [InlineData("query", "ferry")]
    [InlineData("show", "a1")]
    [InlineData("stats")]
    [InlineData("delete", "a1")]
    [InlineData("trend", "ferry")]
    [InlineData("similar", "a1")]
    [InlineData("dupes")]
    [InlineData("watch", "list")]
    [InlineData("verify")]
    public void IndexCommands_MissingIndex_ExitTwoWithOneLineNamingTheFolder(params string[] arguments)
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run([.. arguments, "--index", folder.Index]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"newssearch: no index at '{folder.Index}'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void EveryCommand_OnOneArchive_ExitsAsDocumented()
    {
        using var folder = new TempFolder();
        var archive = Archive.WriteMixedFolder(folder);
        var later = folder.File("later.jsonl", """{"id":"c1","title":"Night ferry timetable published","body":"The night ferry runs hourly."}""" + "\n");
        (string[] Arguments, int ExitCode)[] runs =
        [
            (["parse", archive], 0),
            (["index", archive], 0),
            (["query", "ferry"], 0),
            (["show", "a1"], 0),
            (["stats"], 0),
            (["trend", "ferry"], 0),
            (["similar", "a1"], 0),
            (["dupes"], 1), // no two articles of the archive are copies of one story
            (["watch", "add", "ferries", "ferry"], 0),
            (["watch", "list"], 0),
            (["index", later], 0),
            (["watch", "run"], 0), // c1 arrived after the search was saved
            (["verify"], 0),
            (["delete", "a1"], 0),
            (["completion", "bash"], 0),
        ];

        foreach (var (arguments, exitCode) in runs)
        {
            var result = CliRunner.Run([.. arguments, "--index", folder.Index]);

            Assert.True(result.ExitCode == exitCode, $"{string.Join(' ', arguments)}: {result}");
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
    }
}
