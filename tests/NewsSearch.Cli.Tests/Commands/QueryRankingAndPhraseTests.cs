using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class QueryRankingAndPhraseTests : IClassFixture<RankingArchive>
{
    private readonly RankingArchive _archive;

    public QueryRankingAndPhraseTests(RankingArchive archive)
    {
        _archive = archive;
    }

    [Theory]
    [InlineData("\"not guilty\"", "p1")]
    [InlineData("\"no deal\"", "p3")]
    [InlineData("\"The Who\"", "p5")]
    [InlineData("\"raises crude\"", "p7")]
    public void Query_QuotedPhrase_MatchesOnlyTheWordsAsWritten(string phrase, string expected)
    {
        var result = Query(phrase, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([expected], Ids(result));
    }

    [Fact]
    public void Query_SameWordsUnquoted_StillFindEveryForm()
    {
        var result = Query("raises crude", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["p7", "p8"], Ids(result).Order());
    }

    [Fact]
    public void Query_QuotedPhraseNobodyWrote_ExitsOne()
    {
        var result = Query("\"raising crude\"");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no articles match", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_WordCommonInBodiesButRareInHeadlines_WeighsLessThanAWordRareEverywhere()
    {
        // "MARKET UPDATE" and "Xinjiang quotas": equal headlines, each word in one headline; but
        // "update" is in four bodies and "Xinjiang" in one, so the Xinjiang headline ranks first.
        var result = Query("update OR Xinjiang", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = Ids(result);
        Assert.True(ids.IndexOf("u7") < ids.IndexOf("u1"), string.Join(",", ids));
    }

    [Fact]
    public void Query_UpdateColonXinjiang_RanksEveryXinjiangArticleAboveEveryMarketUpdate()
    {
        // No article holds both words, so the query is relaxed; the rare word decides the order,
        // even where it is mentioned once in a long body (u6) and "update" fills a headline (u1).
        var result = Query("Update: Xinjiang", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = Ids(result);
        Assert.Equal(["u6", "u7"], ids.Take(2).Order());
        Assert.Contains("u1", ids);
    }

    [Fact]
    public void Query_ExplainPartialMatch_ShowsWhatHoldingTheRareWordAdds()
    {
        var result = Query("Update: Xinjiang", "--explain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("rarity: 'Xinjiang'", result.Output, StringComparison.Ordinal);
    }

    private static List<string> Ids(CliResult result) =>
        result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).Where(hit => hit.TryGetProperty("id", out _)).Select(hit => hit.GetProperty("id").GetString()!).ToList();

    // A generous time limit: these tests pin ranking, and a machine loaded by other builds must
    // not stop them at the 5 s default (the limit itself is tested on its own).
    private CliResult Query(string text, params string[] options) =>
        CliRunner.Run(["query", "--index", _archive.Index, "--limit", "20", "--timeout", "120", .. options, "--", text]);
}
