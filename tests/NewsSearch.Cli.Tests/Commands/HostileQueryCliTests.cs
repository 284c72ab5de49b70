using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

/// <summary>Hostile queries through the CLI: one line on stderr, exit 2 or a normal answer, never a stack trace.</summary>
public sealed class HostileQueryCliTests : IClassFixture<IndexedArchive>
{
    private readonly IndexedArchive _archive;

    public HostileQueryCliTests(IndexedArchive archive)
    {
        _archive = archive;
    }

    [Theory]
    [InlineData("\"unclosed", "invalid query: the query ends too early")]
    [InlineData("/.*a.{20}/", "invalid query: the regular expression /.*a.{20}/ is too complex")]
    [InlineData("*a?????????????", "invalid query: the wildcard pattern")]
    [InlineData("/[/", "invalid query: invalid pattern")]
    public void Query_Hostile_ExitsTwoWithOneLine(string text, string message)
    {
        var result = CliRunner.Run("query", text, "--index", _archive.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: " + message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Query_TenThousandWords_ExitsTwoWithOneLine()
    {
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var result = CliRunner.Run("query", words, "--index", _archive.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("newssearch: invalid query: it has 10,000 words; at most 1,024 are allowed", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Query_DeepOffset_ExitsOneSayingNoneShown()
    {
        var result = CliRunner.Run("query", "ferry", "--offset", "10000000", "--index", _archive.Index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(none shown from offset 10000000)", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_TimeoutTooSmall_StopsWithOneLineAndExitTwo()
    {
        var result = CliRunner.Run("query", "*e* OR *a* OR f~2", "--timeout", "0.000001", "--index", _archive.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: the query was stopped at its time limit of 0 s", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith("(--timeout SECONDS)", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("soon")]
    public void Query_BadTimeout_IsAUsageError(string value)
    {
        var result = CliRunner.Run("query", "ferry", "--timeout", value, "--index", _archive.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--timeout expects seconds from 0 to 86400, not '{value}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_TimeoutZero_MeansNoLimit()
    {
        var result = CliRunner.Run("query", "*e*", "--timeout", "0", "--index", _archive.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
