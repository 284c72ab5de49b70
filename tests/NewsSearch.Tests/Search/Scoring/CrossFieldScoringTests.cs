using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Scoring;

/// <summary>
/// BM25F: a word's occurrences in every text field are added up (weighted by field) before BM25
/// saturates them, and its rarity is that of the article as a whole.
/// </summary>
public sealed class CrossFieldScoringTests : IDisposable
{
    private const string Filler = "Officials said the figures would be published later in the week after a review by the board.";

    private readonly MemoryIndex _index = new(
        Articles.Any(id: "headline-only", title: "Quarterly update", body: Filler),
        Articles.Any(id: "body-only", title: "Figures due", body: "The quarterly update is late. " + Filler),
        Articles.Any(id: "headline-and-body", title: "Quarterly update", body: "The quarterly update is late. " + Filler),
        Articles.Any(id: "headline-subtitle-body", title: "Quarterly update", subtitle: "An update on the quarter", body: "The quarterly update is late. " + Filler),
        Articles.Any(id: "rare-in-headline", title: "Xinjiang quotas", body: Filler),
        Articles.Any(id: "spellings", title: "Families wait", body: "Uyghur and Uighur families met. " + Filler),
        Articles.Any(id: "one-spelling", title: "Families wait", body: "Uyghur families met. " + Filler),
        Articles.Any(id: "filler-1", title: "Harbour ferry", body: Filler),
        Articles.Any(id: "filler-2", title: "Council meets", body: Filler),
        Articles.Any(id: "filler-3", title: "Weather", body: Filler));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_WordInMoreFields_ScoresHigherButLessThanTheFieldScoresAdded()
    {
        var scores = Scores("update");

        // Saturation across fields: a second field adds to the first, but far less than its own
        // score alone, so repeating a common word in headline, subtitle and body cannot pile up.
        Assert.True(scores["headline-and-body"] > scores["headline-only"]);
        Assert.True(scores["headline-and-body"] > scores["body-only"]);
        Assert.True(scores["headline-and-body"] < 0.75 * (scores["headline-only"] + scores["body-only"]), Describe(scores));
        Assert.True(scores["headline-subtitle-body"] > scores["headline-and-body"]);
    }

    [Fact]
    public void Search_RareWordInAHeadline_OutranksCommonWordRepeatedInHeadlineSubtitleAndBody()
    {
        // Per-field BM25 added up lets "update" in three fields outscore "Xinjiang" in one headline.
        var scores = Scores("update Xinjiang");

        Assert.Equal("rare-in-headline", scores.MaxBy(s => s.Value).Key);
    }

    [Fact]
    public void Search_HeadlineWordBoost_StillRanksAHeadlineMatchAboveABodyMatch()
    {
        var scores = Scores("update");

        Assert.True(scores["headline-only"] > scores["body-only"], Describe(scores));
    }

    [Fact]
    public void Search_TwoSpellingsInOneArticle_CountAsTwoOccurrencesOfOneWord()
    {
        var scores = Scores("Uyghur");

        Assert.True(scores["spellings"] > scores["one-spelling"], Describe(scores));
    }

    [Fact]
    public void Search_Explain_CrossFieldPartsAddUpToTheScoreAndNameEachField()
    {
        var hit = _index.Search(new NewsQuery("update") { Explain = true }).Hits.Single(h => h.Id == "headline-subtitle-body");

        var explanation = hit.Explanation!;
        Assert.Equal(hit.Score, explanation.Parts.Sum(p => p.Score), 3);
        Assert.Equal(["body", "subtitle", "title"], explanation.Parts.Select(p => p.Field).Order());
        Assert.Equal(3.0f, explanation.Parts.Single(p => p.Field == "title").Boost);
    }

    private Dictionary<string, float> Scores(string text) =>
        _index.Search(new NewsQuery(text) { MatchAny = true }).Hits.ToDictionary(h => h.Id, h => h.Score);

    private static string Describe(Dictionary<string, float> scores) =>
        string.Join(", ", scores.Select(s => $"{s.Key}={s.Value:0.000}"));
}
