using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Collapse;

public sealed class CollapseTests : IDisposable
{
    // o01 is an agency story, o01-light and o01-heavy republications of it, n01 another outlet's own story on the same strike.
    private readonly MemoryIndex _index = new(
        DuplicateData.Article("o01"),
        DuplicateData.Article("o01-light"),
        DuplicateData.Article("o01-heavy"),
        DuplicateData.Article("n01"),
        DuplicateData.Article("o02"),
        DuplicateData.Article("o02-light"));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_Collapse_FoldsCopiesIntoTheBestRankedAndKeepsOtherStories()
    {
        var results = _index.Search(new NewsQuery("Northway strike") { Collapse = true, Highlight = false });

        Assert.Equal(4, results.TotalHits);
        Assert.Equal(2, results.TotalStories);
        Assert.Equal(2, results.Hits.Count);
        var story = Assert.Single(results.Hits, h => h.Duplicates.Count > 0);
        var copies = new[] { "o01", "o01-light", "o01-heavy" };
        Assert.Contains(story.Id, copies);
        Assert.Equal(copies.Where(id => id != story.Id).Order(), story.Duplicates.Select(d => d.Id).Order());
        Assert.All(story.Duplicates, d => Assert.InRange(d.Similarity, 0.3, 1));
        Assert.Contains(results.Hits, h => h.Id == "n01" && h.Duplicates.Count == 0);
    }

    [Fact]
    public void Search_Collapse_PagesByStory()
    {
        var first = _index.Search(new NewsQuery("*") { Collapse = true, Take = 2, Sort = SortOrder.Oldest });
        var second = _index.Search(new NewsQuery("*") { Collapse = true, Skip = 2, Take = 2, Sort = SortOrder.Oldest });

        Assert.Equal(3, first.TotalStories);
        Assert.Equal(2, first.Hits.Count);
        var all = first.Hits.Concat(second.Hits).ToList();
        Assert.Equal(3, all.Count);
        Assert.Equal(6, all.Sum(h => 1 + h.Duplicates.Count));
    }

    [Fact]
    public void Search_WithoutCollapse_ListsEveryCopy()
    {
        var results = _index.Search(new NewsQuery("Northway strike"));

        Assert.Equal(4, results.Hits.Count);
        Assert.Null(results.TotalStories);
        Assert.All(results.Hits, h => Assert.Empty(h.Duplicates));
    }

    [Fact]
    public void FindDuplicates_ListsStoriesLargestFirstWithTheOriginalFirst()
    {
        var clusters = _index.Searcher.FindDuplicates();

        Assert.Equal(2, clusters.Count);
        Assert.Equal(3, clusters[0].Articles.Count);
        Assert.Equal(1.0, clusters[0].Articles[0].Similarity);
        Assert.Equal(["o01", "o01-heavy", "o01-light"], clusters[0].Articles.Select(a => a.Id).Order());
        Assert.Equal(["o02", "o02-light"], clusters[1].Articles.Select(a => a.Id).Order());
    }

    [Fact]
    public void FindDuplicates_CopiesPublishedWeeksApart_AreNotOneStory()
    {
        var original = DuplicateData.Article("o03");
        var copy = DuplicateData.Article("o03-light") with { Published = original.Published!.Value.AddDays(30) };
        using var index = new MemoryIndex(original, copy);

        Assert.Empty(index.Searcher.FindDuplicates());
    }

    [Fact]
    public void FindDuplicates_QueryNarrowsTheArticles() =>
        Assert.Equal(["o02", "o02-light"], _index.Searcher.FindDuplicates(new NewsQuery("levee")).Single().Articles.Select(a => a.Id).Order());

    [Fact]
    public void FindDuplicates_ShortFormulaicItems_AreNotCopies()
    {
        using var index = new MemoryIndex(
            Articles.Any(body: "Qtly div 35 cts vs 35 cts prior\n\nPayable March 31\n\nRecord March nine", published: Articles.Date(1987, 3, 2)),
            Articles.Any(body: "Qtly div 35 cts vs 35 cts prior\n\nPay April One\n\nRecord March 14", published: Articles.Date(1987, 3, 2)));

        Assert.Empty(index.Searcher.FindDuplicates());
    }
}
