using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class ShowCommandTests : IClassFixture<IndexedArchive>
{
    private readonly string _index;

    public ShowCommandTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Show_KnownId_PrintsTheWholeArticle()
    {
        var result = CliRunner.Run("show", "a1", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Harbour ferry strike ends after two weeks", result.OutputLines[0]);
        Assert.Contains("By:        Mira Holt", result.OutputLines);
        Assert.Contains("Source:    Harbour Gazette", result.OutputLines);
        Assert.Contains("Dateline:  PORTSMOUTH", result.OutputLines);
        Assert.Contains("Published: 2019-05-01", result.OutputLines);
        Assert.Contains("Tags:      transport, labour", result.OutputLines);
        Assert.Contains("URL:       https://example-news.test/a1", result.OutputLines);
        Assert.Contains("A zebrafinch nesting on the terminal roof became the strike's mascot.", result.OutputLines);
        Assert.Contains("  - Crews at the terminal (Harbour Gazette photo)", result.OutputLines);
    }

    [Fact]
    public void Show_Json_RoundTripsThroughIndex()
    {
        using var folder = new TempFolder();

        var shown = CliRunner.Run("show", "a1", "--json", "--index", _index);
        var reindexed = CliRunner.Run(["index", "-", "--index", folder.Index], input: shown.Output);
        var shownAgain = CliRunner.Run("show", "a1", "--json", "--index", folder.Index);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.True(reindexed.ExitCode == 0, reindexed.ToString());
        var line = Assert.Single(shown.OutputLines);
        Assert.Equal(line, Assert.Single(shownAgain.OutputLines));
        var expected = JsonDocument.Parse(Archive.FerryStrike).RootElement;
        var actual = JsonDocument.Parse(line).RootElement;
        Assert.Equal(
            expected.EnumerateObject().Select(p => p.Name),
            actual.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.GetProperty("body").GetString(), actual.GetProperty("body").GetString());
        Assert.Equal("2019-05-01T00:00:00Z", actual.GetProperty("published").GetString());
    }

    [Fact]
    public void Show_Json_LeavesOutUnknownValues()
    {
        var result = CliRunner.Run("show", "a2", "--json", "--index", _index);

        var article = JsonDocument.Parse(result.Output).RootElement;
        Assert.False(article.TryGetProperty("url", out _));
        Assert.False(article.TryGetProperty("captions", out _));
        Assert.Equal("2021-02-10T08:30:00Z", article.GetProperty("published").GetString());
    }

    [Fact]
    public void Show_UnknownId_ExitsOne()
    {
        var result = CliRunner.Run("show", "no-such-id", "--index", _index);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal(["newssearch: no article with id 'no-such-id'"], result.ErrorLines);
    }

    [Fact]
    public void Show_MissingIndex_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("show", "a1", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: no index at ", result.Error, StringComparison.Ordinal);
    }
}
