using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class SimilarDupesCommandTests : IClassFixture<WireArchive>
{
    private readonly string _index;

    public SimilarDupesCommandTests(WireArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Similar_ListsRelatedStoriesButNotCopies()
    {
        var result = CliRunner.Run("similar", "w1", "--json", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal("w3", ids[0]);
        Assert.DoesNotContain("w1", ids);
        Assert.DoesNotContain("w2", ids);
    }

    [Fact]
    public void Similar_Text_ListsTheArticles()
    {
        var result = CliRunner.Run("similar", "w1", "--limit", "1", "--index", _index);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Dorrach miners alive after three days underground", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_UnknownId_ExitsOne()
    {
        var result = CliRunner.Run("similar", "nope", "--index", _index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no article with id 'nope'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dupes_ListsTheStoryRunTwice()
    {
        var result = CliRunner.Run("dupes", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 story published more than once (2 articles)", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, line => line.Contains("original  Meridian Wire  w1", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.Contains("Coastline Herald  w2", StringComparison.Ordinal));
    }

    [Fact]
    public void Dupes_Json_OneObjectPerCluster()
    {
        var result = CliRunner.Run("dupes", "--json", "--index", _index);

        var cluster = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal(2, cluster.GetProperty("size").GetInt32());
        Assert.Equal(["w1", "w2"], cluster.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(1.0, cluster.GetProperty("articles")[0].GetProperty("similarity").GetDouble());
    }

    [Fact]
    public void Dupes_QueryWithoutCopies_ExitsOne()
    {
        var result = CliRunner.Run("dupes", "reopens", "--index", _index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no story has copies", result.Error, StringComparison.Ordinal);
    }
}
