using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Search;

namespace NewsSearch.Tests.Search;

public sealed class ProximityBoostTests
{
    [Fact]
    public void Add_NeighbouringWords_ArePairedInTheOrderTyped()
    {
        var pairs = NearPairs("heat transfer coefficient");

        Assert.Equal(["heat transfer", "transfer coeffici"], pairs);
    }

    [Theory]
    [InlineData("what descriptive titles? What difficulties arise in retrieval")]
    [InlineData("descriptive titles. Difficulties arise in retrieval")]
    [InlineData("descriptive titles; difficulties arise in retrieval")]
    [InlineData("descriptive titles are there? difficulties arise in retrieval")]
    public void Add_WordsEitherSideOfASentenceEnd_AreNotPaired(string text)
    {
        var pairs = NearPairs(text);

        Assert.Contains("descript titl", pairs);
        Assert.Contains("difficulti aris", pairs);
        Assert.DoesNotContain("titl difficulti", pairs);
    }

    [Fact]
    public void Add_PastedQuestion_PairsTheWordsItIsAboutNotItsQuestionWords()
    {
        var pairs = NearPairs("why did Chrysler buy American Motors");

        Assert.Equal(["chrysler bui", "bui american", "american motor"], pairs);
    }

    [Fact]
    public void Add_ExcludedWord_IsNeverPairedNorBridged()
    {
        var pairs = NearPairs("oil -gas prices");

        Assert.Empty(pairs);
    }

    private static List<string> NearPairs(string text)
    {
        var parsed = QueryCompiler.Compile(text, NewsAnalyzer.Create(), matchAny: false);
        var (query, parts) = parsed.ReadsAsText ? QueryCompiler.Loosen(parsed.Query, parsed.Parts) : (parsed.Query, parsed.Parts);
        var boosted = (BooleanQuery)ProximityBoost.Add(query, parts);
        return [.. boosted.Clauses.Select(c => c.Query).OfType<PhraseQuery>()
            .Where(p => p.Slop == ProximityBoost.Window && p.GetTerms()[0].Field == "body")
            .Select(p => string.Join(' ', p.GetTerms().Select(t => t.Text)))];
    }
}
