using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class StatsCommandTests : IClassFixture<IndexedArchive>
{
    private readonly string _index;

    public StatsCommandTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Stats_Json_DescribesTheIndex()
    {
        var result = CliRunner.Run("stats", "--json", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var stats = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(5, stats.GetProperty("articles").GetInt32());
        Assert.Equal(4, stats.GetProperty("sources").GetInt32());
        Assert.Equal("2019-05-01T00:00:00Z", stats.GetProperty("earliest").GetString());
        Assert.Equal("2023-07-15T00:00:00Z", stats.GetProperty("latest").GetString());
        Assert.True(stats.GetProperty("sizeBytes").GetInt64() > 0);
        Assert.True(stats.GetProperty("segments").GetInt32() >= 1);
        Assert.True(stats.GetProperty("schemaVersion").GetInt32() >= 1);
        Assert.Equal(Path.GetFullPath(_index), stats.GetProperty("index").GetString());
    }

    [Fact]
    public void Stats_Text_ListsTheFacts()
    {
        var result = CliRunner.Run("stats", "--index", _index);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("articles:  5", result.OutputLines);
        Assert.Contains("published: 2019-05-01 to 2023-07-15", result.OutputLines);
        Assert.Contains(result.OutputLines, line => line.StartsWith("size:", StringComparison.Ordinal) && line.EndsWith("KiB", StringComparison.Ordinal));
    }

    [Fact]
    public void Stats_MissingIndex_SaysHowToBuildOne()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("stats", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("build one with: newssearch index <files or folders> --index " + folder.Index, result.Error, StringComparison.Ordinal);
    }
}
