using NewsSearch.Analysis;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Highlighting;

/// <summary>
/// The index keeps positions but no offsets (schema 4): snippets find their words by analysing the
/// stored text again. These pin what that must get right.
/// </summary>
public class SnippetReanalysisTests
{
    [Fact]
    public void Captions_MatchesInSeveralCaptions_EachCaptionIsItsOwnSnippet()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Market day", body: "Stalls opened early.", captions: ["A view from the", "Traders in Kashgar at dawn", "Kashgar market at night"]));

        var snippets = index.Search("Kashgar").Hits[0].Snippets;

        Assert.Equal(["captions", "captions"], snippets.Select(s => s.Field));
        Assert.Equal(["Traders in [Kashgar] at dawn", "[Kashgar] market at night"], snippets.Select(s => s.Render("[", "]")));
    }

    [Fact]
    public void StopWordsAndPossessivesBeforeAMatch_DoNotShiftTheHighlights()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Of the O'Neill's boats, the harbour's ferry and the ferries of the bay sailed."));

        var snippet = index.Search("ferry harbour").Hits[0].Snippets[0];

        Assert.Equal("Of the O'Neill's boats, the [harbour's] [ferry] and the [ferries] of the bay sailed.", snippet.Render("[", "]"));
    }

    [Fact]
    public void EveryOccurrence_IsHighlighted()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Cotton rose. Cotton fell. Then cotton rose again, and so did wheat."));

        var snippet = index.Search("cotton").Hits[0].Snippets[0];

        Assert.Equal("[Cotton] rose. [Cotton] fell. Then [cotton] rose again, and so did wheat.", snippet.Render("[", "]"));
    }

    [Theory]
    [InlineData("cotton")]
    [InlineData("cott*")]
    public void MoreTokensThanTheLimit_OnlyIndexedWordsAreHighlighted(string query)
    {
        var filler = string.Join(' ', Enumerable.Repeat("word", LuceneDefaults.MaxTokensPerField));
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Cotton rose. " + filler + " Cotton fell."));

        var snippet = Assert.Single(index.Search(query).Hits).Snippets[0];

        Assert.StartsWith("[Cotton] rose. word word", snippet.Render("[", "]"), StringComparison.Ordinal);
        Assert.Single(snippet.Highlights);
    }

    [Fact]
    public void WildcardAndRegex_AreHighlighted()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Shipments of cotton left Xinjiang."));

        Assert.Equal("Shipments of cotton left [Xinjiang].", index.Search("X?njiang").Hits[0].Snippets[0].Render("[", "]"));
        Assert.Equal("Shipments of [cotton] left Xinjiang.", index.Search("/cot+on/").Hits[0].Snippets[0].Render("[", "]"));
    }

    [Fact]
    public void Fuzzy_HighlightsWordsWithinItsEditsOnly()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Cotton, coton and cottage."));

        var snippet = index.Search("cotton~1").Hits[0].Snippets[0];

        Assert.Equal("[Cotton], [coton] and cottage.", snippet.Render("[", "]"));
    }

    [Fact]
    public void PatternMatchingOnlyTheTitle_FallsBackToTheTitle()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Monsoon arrives early", body: "Rain fell on Monday."));

        var snippet = Assert.Single(index.Search("monso*").Hits[0].Snippets);

        Assert.Equal("title", snippet.Field);
        Assert.Equal("[Monsoon] arrives early", snippet.Render("[", "]"));
    }
}
