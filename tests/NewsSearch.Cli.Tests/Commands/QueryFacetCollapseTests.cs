using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class QueryFacetCollapseTests : IClassFixture<WireArchive>
{
    private readonly string _index;

    public QueryFacetCollapseTests(WireArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Query_Facet_CountsAllMatchesAfterTheHits()
    {
        var result = CliRunner.Run("query", "miners", "--limit", "1", "--facet", "source,year,byline", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        var facets = lines.ToList().FindIndex(line => line.StartsWith("facets over all 5 matches", StringComparison.Ordinal));
        Assert.True(facets > 0, result.ToString());
        Assert.Contains("  source: Harbour Gazette 2 · Meridian Wire 2 · Coastline Herald 1", lines);
        Assert.Contains("  year:   2023 4 · (none) 1", lines);
        Assert.Contains("  byline: Tomas Reiner 2 · Ana Quispe 1", lines);
    }

    [Fact]
    public void Query_FacetLimit_KeepsTheTopValues()
    {
        var result = CliRunner.Run("query", "miners", "--facet", "source", "--facet-limit", "1", "--index", _index);

        Assert.Contains("  source: Harbour Gazette 2", result.OutputLines);
    }

    [Fact]
    public void Query_FacetJson_AddsOneLastLineWithoutAnId()
    {
        var result = CliRunner.Run("query", "miners", "--json", "--facet", "source,tag", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(lines[..^1], hit => Assert.True(hit.TryGetProperty("id", out _)));
        var facets = lines[^1].GetProperty("facets");
        Assert.False(lines[^1].TryGetProperty("id", out _));
        Assert.Equal("Harbour Gazette", facets.GetProperty("source")[0].GetProperty("value").GetString());
        Assert.Equal(2, facets.GetProperty("source")[0].GetProperty("count").GetInt32());
        Assert.Equal(0, facets.GetProperty("tag").GetArrayLength());
    }

    [Fact]
    public void Query_UnknownFacet_IsAUsageError()
    {
        var result = CliRunner.Run("query", "miners", "--facet", "source,colour", "--index", _index);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown facet 'colour'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Collapse_ShowsEachStoryOnceWithItsCopies()
    {
        var result = CliRunner.Run("query", "trapped miners rockfall", "--collapse", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("4 articles match \"trapped miners rockfall\", 3 stories once copies are folded (showing 1-3)", result.Output, StringComparison.Ordinal);
        Assert.Single(result.OutputLines, line => line.Trim().StartsWith("+1 similar: ", StringComparison.Ordinal));
        var ids = result.OutputLines.Select(line => line.Trim()).Where(line => line is "w1" or "w2" or "w3").ToList();
        Assert.Equal(2, ids.Count(id => id is "w1" or "w2") + 1);
        Assert.Contains("w3", ids);
    }

    [Fact]
    public void Query_CollapseJson_ListsTheCopiesOfEachHit()
    {
        var result = CliRunner.Run("query", "trapped miners rockfall", "--collapse", "--json", "--index", _index);

        var hits = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, hits.Count);
        var story = hits.Single(h => h.GetProperty("duplicates").GetArrayLength() == 1);
        var copy = story.GetProperty("duplicates")[0];
        Assert.Equal(["w1", "w2"], new[] { story.GetProperty("id").GetString(), copy.GetProperty("id").GetString() }.Order());
        Assert.True(copy.GetProperty("similarity").GetDouble() >= 0.4);
    }
}
