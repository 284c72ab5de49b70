using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class QueryCommandTests : IClassFixture<IndexedArchive>
{
    private static readonly string[] HitKeys = ["id", "score", "title", "source", "byline", "published", "url", "snippets"];
    private readonly string _index;

    public QueryCommandTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Query_WordInOneArticle_ListsItAndExitsZero()
    {
        var result = Query("zebrafinch");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 article matches \"zebrafinch\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("Harbour ferry strike ends after two weeks", result.Output, StringComparison.Ordinal);
        Assert.Contains("2019-05-01  Harbour Gazette", result.Output, StringComparison.Ordinal);
        Assert.Contains("By Mira Holt", result.Output, StringComparison.Ordinal);
        Assert.Contains("a1", result.OutputLines.Select(line => line.Trim()));
    }

    [Fact]
    public void Query_Piped_WritesNoAnsiEscapes()
    {
        var result = Query("ferry");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\e', result.Output);
    }

    [Fact]
    public void Query_NoHits_ExitsOne()
    {
        var result = Query("wombat");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("no articles match \"wombat\"", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("title:(")]
    public void Query_Malformed_ExitsTwoWithOneLineError(string query)
    {
        var result = Query(query);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("newssearch: invalid query", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Query_Json_WritesOneObjectPerHitWithTheDocumentedKeys()
    {
        var result = Query("ferry", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var hits = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            Assert.All(HitKeys, key => Assert.True(hit.TryGetProperty(key, out _), $"missing '{key}' in {hit}"));
        }

        var strike = hits.Single(hit => hit.GetProperty("id").GetString() == "a1");
        Assert.Equal("2019-05-01T00:00:00Z", strike.GetProperty("published").GetString());
        Assert.Equal("https://example-news.test/a1", strike.GetProperty("url").GetString());
        var snippet = strike.GetProperty("snippets").EnumerateArray().First(s => s.GetProperty("field").GetString() == "body");
        var text = snippet.GetProperty("text").GetString()!;
        var range = snippet.GetProperty("highlights")[0];
        Assert.Equal("ferry", text[range[0].GetInt32()..range[1].GetInt32()], ignoreCase: true);
        Assert.Contains("<b>", snippet.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("3 articles match \"ferry\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_JsonTimeOfDay_WritesUtcInstant()
    {
        var result = Query("quokkas", "--json");

        var hit = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("2021-02-10T08:30:00Z", hit.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("url").ValueKind);
    }

    [Fact]
    public void Query_Count_PrintsTheTotalAlone()
    {
        var result = Query("ferry", "--count");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3", result.Output.Trim());
    }

    [Fact]
    public void Query_CountNoHits_PrintsZeroAndExitsOne()
    {
        var result = Query("wombat", "--count");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("0", result.Output.Trim());
    }

    [Fact]
    public void Query_SortNewest_PutsLatestFirst()
    {
        var newest = Ids(Query("ferry", "--json", "--sort", "newest"));
        var oldest = Ids(Query("ferry", "--json", "--sort", "oldest"));

        Assert.Equal(["a3", "b1", "a1"], newest);
        Assert.Equal(["a1", "b1", "a3"], oldest);
    }

    [Fact]
    public void Query_SinceAndUntil_KeepWholePeriods()
    {
        var since = Ids(Query("ferry", "--json", "--since", "2022"));
        var until = Ids(Query("ferry", "--json", "--until", "2019-05"));
        var between = Ids(Query("ferry", "--json", "--since", "2019-05-02", "--until", "2022-03-03"));

        Assert.Equal(["a3", "b1"], since.Order());
        Assert.Equal(["a1"], until);
        Assert.Equal(["b1"], between);
    }

    [Fact]
    public void Query_BadDate_ExitsTwoNamingTheOption()
    {
        var result = Query("ferry", "--since", "last tuesday");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("newssearch: invalid date 'last tuesday' for --since", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Source_KeepsThatPublisherOnly()
    {
        var one = Ids(Query("ferry", "--json", "--source", "meridian wire"));
        var two = Ids(Query("ferry", "--json", "--source", "Meridian Wire", "--source", "Taiwan News"));

        Assert.Equal(["a3"], one);
        Assert.Equal(["a3", "b1"], two.Order());
    }

    [Fact]
    public void Query_SectionAndTag_Filter()
    {
        Assert.Equal(["a3"], Ids(Query("ferry", "--json", "--section", "business")));
        Assert.Equal(["a1", "a3"], Ids(Query("ferry", "--json", "--tag", "transport")).Order());
    }

    [Fact]
    public void Query_LimitAndOffset_Page()
    {
        var all = Ids(Query("ferry", "--json", "--sort", "oldest"));
        var first = Ids(Query("ferry", "--json", "--sort", "oldest", "--limit", "2"));
        var rest = Ids(Query("ferry", "--json", "--sort", "oldest", "--limit", "2", "--offset", "2"));
        var text = Query("ferry", "--sort", "oldest", "--limit", "1", "--offset", "1");

        Assert.Equal(all.Take(2), first);
        Assert.Equal(all.Skip(2), rest);
        Assert.Contains("3 articles match \"ferry\" (showing 2-2)", text.Output, StringComparison.Ordinal);
        Assert.Contains("  2. 2022-03-03", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_NegativeLimit_IsAUsageError()
    {
        var result = Query("ferry", "--limit", "-1");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: --limit", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Any_MatchesEitherWord()
    {
        var all = Query("ferry", "zebrafinch", "--count");
        var any = Query("ferry", "zebrafinch", "--any", "--count");

        Assert.Equal("1", all.Output.Trim());
        Assert.Equal("3", any.Output.Trim());
    }

    [Fact]
    public void Query_NoArticleHasEveryWord_SaysSoAndShowsTheBest()
    {
        var text = Query("zebrafinch", "wombat");
        var json = Query("zebrafinch", "wombat", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("No article contains all 2 words; showing articles that match at least 1.", text.Output, StringComparison.Ordinal);
        Assert.Equal(["a1"], Ids(json));
        Assert.Contains("No article contains all 2 words", json.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_NoSnippets_LeavesThemOut()
    {
        var result = Query("zebrafinch", "--json", "--no-snippets");

        var hit = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal(0, hit.GetProperty("snippets").GetArrayLength());
    }

    [Fact]
    public void Query_IndexFromEnvironment_IsUsedWithoutIndexOption()
    {
        var result = CliRunner.Run(["query", "zebrafinch", "--count"], environment: new Dictionary<string, string> { ["NEWSSEARCH_INDEX"] = _index });

        Assert.Equal("1", result.Output.Trim());
    }

    [Fact]
    public void Query_MissingIndex_SaysHowToBuildOne()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("query", "ferry", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"newssearch: no index at '{folder.Index}'; build one with: newssearch index <files or folders> --index {folder.Index}", line);
    }

    private CliResult Query(params string[] arguments) => CliRunner.Run(["query", .. arguments, "--index", _index]);

    private static List<string> Ids(CliResult result)
    {
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();
    }
}
