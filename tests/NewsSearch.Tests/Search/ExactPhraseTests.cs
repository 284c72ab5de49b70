using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

public sealed class ExactPhraseTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(id: "notguilty", title: "Jury returns verdict", body: "The jury found him not guilty on every count."),
        Articles.Any(id: "guilty", title: "Plea entered", body: "He pleaded guilty to fraud, his lawyer said."),
        Articles.Any(id: "nodeal", title: "Talks collapse", body: "There will be no deal this year, the minister said."),
        Articles.Any(id: "deals", title: "Airline signs deals", body: "The airline signed two deals with leasing firms."),
        Articles.Any(id: "thewho", title: "The Who announce a farewell tour", body: "The band played Tommy in full."),
        Articles.Any(id: "who", title: "Health agency warns on measles", body: "Officials who spoke to reporters urged vaccination."),
        Articles.Any(id: "raises", title: "Saudi Arabia raises crude prices", body: "The kingdom raises crude prices for Asian buyers."),
        Articles.Any(id: "raised", title: "Mexico raised crude exports", body: "Mexico raised crude exports in March."),
        Articles.Any(id: "uyghur", title: "Uyghur families seek news", body: "Uyghur families in Istanbul waited for word."));

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("\"not guilty\"", "notguilty")]
    [InlineData("\"no deal\"", "nodeal")]
    [InlineData("\"The Who\"", "thewho")]
    [InlineData("\"raises crude\"", "raises")]
    [InlineData("\"raised crude\"", "raised")]
    [InlineData("\"deal\"", "nodeal")]
    [InlineData("\"deals\"", "deals")]
    public void Search_QuotedPhrase_MatchesOnlyTheWordsAsWritten(string query, string expected) =>
        Assert.Equal([expected], _index.Ids(query));

    [Fact]
    public void Search_UnquotedWords_StillStemAndDropStopWords()
    {
        Assert.Equal(["raised", "raises"], _index.Ids("raises crude").Order());
        Assert.Equal(["deals", "nodeal"], _index.Ids("deal").Order());
    }

    [Fact]
    public void Search_QuotedPhraseWithSlop_StaysStemmed() =>
        Assert.Equal(["raised", "raises"], _index.Ids("\"raising crude\"~1").Order());

    [Fact]
    public void Search_FieldedQuotedPhrase_IsExactInThatField()
    {
        Assert.Equal(["raises"], _index.Ids("title:\"raises crude\""));
        Assert.Equal(["thewho"], _index.Ids("title:\"the who\""));
    }

    [Fact]
    public void Search_QuotedStopWordsOnly_MatchAsWritten() =>
        Assert.Equal(["nodeal"], _index.Ids("\"there will be\""));

    [Fact]
    public void Search_QuotedPhraseWithSpellingVariant_FindsTheVariant() =>
        Assert.Equal(["uyghur"], _index.Ids("\"Uighur families\""));

    [Fact]
    public void Search_QuotedPhrase_ChecksTheFormAtThePhrasePositionNotElsewhereInTheArticle()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "both", title: "Talks", body: "The deals fell through, so there is no deal for now."),
            Articles.Any(id: "plural", title: "Talks", body: "There were no deals and no agreement."));

        Assert.Equal(["both"], index.Ids("\"no deal\""));
        Assert.Equal(["plural"], index.Ids("\"no deals\""));
        Assert.Equal(["both"], index.Ids("\"the deals fell\""));
        Assert.Empty(index.Ids("\"the deal fell\""));
    }

    [Fact]
    public void Search_QuotedPhrase_MatchesInEverySegmentOfTheIndex()
    {
        using var index = new MemoryIndex(Articles.Any(id: "first", title: "Talks", body: "There will be no deal this year."));
        index.Writer.Upsert(Articles.Any(id: "second", title: "Talks", body: "No deal was reached, and no deals are planned."));
        index.Writer.Commit();
        index.Writer.Upsert(Articles.Any(id: "third", title: "Talks", body: "Two deals were signed."));
        index.Writer.Commit();
        using var searcher = NewsSearcher.Open(index.Writer);
        IReadOnlyList<string> Ids(string query) => [.. searcher.Search(query).Hits.Select(h => h.Id)];

        Assert.Equal(["second"], Ids("reached"));
        Assert.Equal(["first", "second"], Ids("\"no deal\"").Order());
        Assert.Equal(["second"], Ids("\"no deals\""));
    }

    [Fact]
    public void Search_QuotedPhrase_HighlightsTheWords()
    {
        var hit = Assert.Single(_index.Search("\"not guilty\"").Hits);

        Assert.Contains(hit.Snippets, s => s.Render("[", "]").Contains("[guilty]", StringComparison.Ordinal));
    }
}
