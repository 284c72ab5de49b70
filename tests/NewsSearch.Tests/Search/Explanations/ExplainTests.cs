using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Explanations;

public sealed class ExplainTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(id: "title", title: "Xinjiang cotton harvest", body: "Farmers in Xinjiang said Xinjiang had a cold spring; Xinjiang exports fell."),
        Articles.Any(id: "body", title: "Cotton prices", body: "Traders mentioned Xinjiang once."),
        Articles.Any(id: "uyghurs", title: "Families wait", body: "Relatives of Uyghurs spoke in Geneva."),
        Articles.Any(id: "other", title: "Harbour ferry", body: "Night crossings start in spring."));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_Explain_NamesFieldsTermsBoostsAndFrequencies()
    {
        var hit = _index.Search(new NewsQuery("Xinjiang") { Explain = true }).Hits[0];

        Assert.Equal("title", hit.Id);
        var explanation = Assert.IsType<ScoreExplanation>(hit.Explanation);
        var title = Assert.Single(explanation.Parts, p => p.Field == "title");
        var body = Assert.Single(explanation.Parts, p => p.Field == "body");
        Assert.Equal("Xinjiang", title.Term);
        Assert.Equal(3.0f, title.Boost);
        Assert.Equal(1, title.Frequency);
        Assert.Equal(3, body.Frequency);
        Assert.Equal(1.0f, body.Boost);
        Assert.Same(title, explanation.Parts[0]);
    }

    [Fact]
    public void Search_Explain_PartsAddUpToTheScore()
    {
        var hits = _index.Search(new NewsQuery("Xinjiang cotton") { Explain = true, MatchAny = true }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            Assert.Equal(hit.Score, hit.Explanation!.Score, 3);
            Assert.Equal(hit.Score, hit.Explanation.Parts.Sum(p => p.Score), 3);
        });
    }

    [Fact]
    public void Search_Explain_SummaryReadsAsASum()
    {
        var hit = _index.Search(new NewsQuery("Xinjiang") { Explain = true }).Hits[0];

        Assert.Matches(@"^title: 'Xinjiang' \(boost 3\.0\) \d+\.\d\d \+ body: 'Xinjiang' ×3 \d+\.\d\d = \d+\.\d\d$", hit.Explanation!.Summary);
    }

    [Fact]
    public void Search_ExplainSynonymMatch_SaysWhichWordItStandsFor()
    {
        var hit = _index.Search(new NewsQuery("Uighur") { Explain = true }).Hits.Single();

        var part = Assert.Single(hit.Explanation!.Parts);
        Assert.Equal("Uyghur", part.Term);
        Assert.Equal("Uighur", part.SynonymOf);
        Assert.Contains("body: 'Uyghur' (synonym of 'Uighur')", hit.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ExplainPhrase_ShowsTheWordsAsTyped()
    {
        var hit = _index.Search(new NewsQuery("\"cold spring\"") { Explain = true }).Hits.Single();

        Assert.Equal("cold spring", Assert.Single(hit.Explanation!.Parts).Term);
    }

    [Fact]
    public void Search_ExplainOff_LeavesExplanationNull() =>
        Assert.All(_index.Search("Xinjiang").Hits, hit => Assert.Null(hit.Explanation));

    [Fact]
    public void Explain_ById_ExplainsMatchesAndNonMatches()
    {
        var match = _index.Searcher.Explain(new NewsQuery("Xinjiang"), "body");
        var miss = _index.Searcher.Explain(new NewsQuery("Xinjiang"), "other");
        var missing = _index.Searcher.Explain(new NewsQuery("Xinjiang"), "no-such-id");

        Assert.Equal("body", Assert.Single(match!.Parts).Field);
        Assert.True(match.Score > 0);
        Assert.Equal(0, miss!.Score);
        Assert.Empty(miss.Parts);
        Assert.Null(missing);
    }

    [Fact]
    public void Search_ExplainWildcard_ListsConstantScoreParts()
    {
        var hit = _index.Search(new NewsQuery("Xinji*") { Explain = true }).Hits[0];

        Assert.Contains(hit.Explanation!.Parts, p => p.Term == "xinji*" && p.Frequency is null);
    }
}
