using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class TrendCommandTests : IClassFixture<WireArchive>
{
    private static readonly Dictionary<string, string> Columns60 = new() { ["COLUMNS"] = "60" };
    private readonly string _index;

    public TrendCommandTests(WireArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Trend_ByMonth_DrawsABarPerMonthWithEmptyMonths()
    {
        var result = CliRunner.Run(["trend", "miners", "--by", "month", "--index", _index], environment: Columns60);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.Contains("5 articles match \"miners\", per month from 2023-03 to 2023-05; 1 undated article is not in the chart", lines);
        Assert.Contains(lines, line => line.StartsWith("2023-03 3 ", StringComparison.Ordinal) && line.EndsWith(new string('█', 49), StringComparison.Ordinal));
        Assert.Contains("2023-04 0", lines);
        Assert.Contains(lines, line => line.StartsWith("2023-05 1 ████████████████▍", StringComparison.Ordinal));
        Assert.All(lines.Where(line => line.StartsWith("2023-", StringComparison.Ordinal)), line => Assert.True(line.Length <= 60, line));
    }

    [Fact]
    public void Trend_Csv_WritesTheSeries()
    {
        var result = CliRunner.Run("trend", "miners", "--by", "week", "--csv", "--index", _index);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("period,start,count", result.OutputLines[0]);
        Assert.Equal("2023-W09,2023-02-27,3", result.OutputLines[1]);
        Assert.Equal("2023-W10,2023-03-06,0", result.OutputLines[2]);
        Assert.Equal("2023-W19,2023-05-08,1", result.OutputLines[^1]);
        Assert.Contains("1 undated article", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_Json_WritesOneObjectPerPeriod()
    {
        var result = CliRunner.Run("trend", "miners", "--since", "2023-03", "--until", "2023-03", "--json", "--index", _index);

        var periods = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["2023-03-04", "2023-03-05"], periods.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal([2, 1], periods.Select(p => p.GetProperty("count").GetInt32()));
        Assert.Equal("2023-03-04", periods[0].GetProperty("start").GetString());
    }

    [Fact]
    public void Trend_NoMatches_ExitsOne()
    {
        var result = CliRunner.Run("trend", "wombat", "--index", _index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no articles match \"wombat\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_Source_CountsOnlyThatPublisher()
    {
        var result = CliRunner.Run("trend", "miners", "--source", "harbour gazette", "--by", "day", "--csv", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["period,start,count", "2023-03-05,2023-03-05,1"], result.OutputLines);
    }

    [Theory]
    [InlineData("trend")]
    [InlineData("query")]
    public void Filters_BadDate_SameErrorInQueryAndTrend(string command)
    {
        var result = CliRunner.Run(command, "miners", "--until", "next week", "--index", _index);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["newssearch: invalid date 'next week' for --until; use 2018, 2018-11, 2018-11-05 or 2018-11-05T14:30:00Z"], result.ErrorLines);
        Assert.Empty(result.Output);
    }
}
