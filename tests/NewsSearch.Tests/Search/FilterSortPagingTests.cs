using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

public sealed class FilterSortPagingTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Enumerable.Range(0, 12)
            .Select(i => Articles.Any(
                id: $"n{i:D2}",
                title: $"Election update {i}",
                body: "Votes were counted overnight in the election.",
                source: i % 2 == 0 ? "Harbour Gazette" : "Meridian Wire",
                section: i % 3 == 0 ? "politics" : "world",
                tags: i % 4 == 0 ? ["vote", "count"] : ["vote"],
                published: i == 11 ? null : Articles.Date(2010 + i, 6, 15)))
            .ToArray());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_SinceAndUntil_BoundTheDates()
    {
        var ids = _index.Ids(new NewsQuery("election") { Since = Articles.Date(2012), Until = Articles.Date(2014, 12, 31), Take = 50 });

        Assert.Equal(["n02", "n03", "n04"], ids.Order());
    }

    [Fact]
    public void Search_OpenDateRangeAcrossTheEpoch_LeavesUndatedArticlesOut()
    {
        // Doc values read 0 (1970-01-01) for an article without a date: the filter must not take that for a date.
        var untilOnly = _index.Ids(new NewsQuery("election") { Until = Articles.Date(2011, 12, 31), Take = 50 });
        var dateClause = _index.Ids(new NewsQuery("election date:[* TO 2011]") { Take = 50 });

        Assert.Equal(["n00", "n01"], untilOnly.Order());
        Assert.Equal(["n00", "n01"], dateClause.Order());
    }

    [Fact]
    public void Search_SourceFilter_IsCaseInsensitiveAndExact()
    {
        var results = _index.Search(new NewsQuery("election") { Sources = ["harbour gazette"], Take = 50 });

        Assert.Equal(6, results.TotalHits);
        Assert.All(results.Hits, h => Assert.Equal("Harbour Gazette", h.Source));
    }

    [Fact]
    public void Search_SectionAndTagFilters_Combine()
    {
        var ids = _index.Ids(new NewsQuery("election") { Sections = ["Politics"], Tags = ["count"], Take = 50 });

        Assert.Equal(["n00"], ids);
    }

    [Fact]
    public void Search_SeveralValuesOfOneFilter_MatchAnyOfThem() =>
        Assert.Equal(12, _index.Search(new NewsQuery("election") { Sources = ["Harbour Gazette", "Meridian Wire"] }).TotalHits);

    [Fact]
    public void Search_SortNewest_PutsLatestFirstAndUndatedLast()
    {
        var ids = _index.Ids(new NewsQuery("election") { Sort = SortOrder.Newest, Take = 50 });

        Assert.Equal(["n10", "n09", "n08"], ids.Take(3));
        Assert.Equal("n11", ids[^1]);
    }

    [Fact]
    public void Search_SortOldest_PutsEarliestFirstAndUndatedLast()
    {
        var ids = _index.Ids(new NewsQuery("election") { Sort = SortOrder.Oldest, Take = 50 });

        Assert.Equal(["n00", "n01", "n02"], ids.Take(3));
        Assert.Equal("n11", ids[^1]);
    }

    [Fact]
    public void Search_SkipAndTake_PageThroughWithStableTotal()
    {
        var first = _index.Search(new NewsQuery("election") { Sort = SortOrder.Oldest, Take = 5 });
        var second = _index.Search(new NewsQuery("election") { Sort = SortOrder.Oldest, Skip = 5, Take = 5 });

        Assert.Equal(12, first.TotalHits);
        Assert.Equal(12, second.TotalHits);
        Assert.Equal(["n05", "n06", "n07", "n08", "n09"], second.Hits.Select(h => h.Id));
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Search_DeepOffset_ReturnsNoHitsButTheTotal()
    {
        var results = _index.Search(new NewsQuery("election") { Skip = 10_000_000 });

        Assert.Empty(results.Hits);
        Assert.Equal(12, results.TotalHits);
    }

    [Fact]
    public void Search_Hit_CarriesListFields()
    {
        using var index = new MemoryIndex(Articles.Any(id: "full", title: "Full hit", byline: "Jane Doe", source: "Harbour Gazette", url: "https://example.test/full", published: new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero)));

        var hit = Assert.Single(index.Search("full").Hits);

        Assert.Equal("full", hit.Id);
        Assert.Equal("Full hit", hit.Title);
        Assert.Equal("Jane Doe", hit.Byline);
        Assert.Equal("Harbour Gazette", hit.Source);
        Assert.Equal("https://example.test/full", hit.Url);
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 4, 5, 6, TimeSpan.Zero), hit.Published);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Get_ReturnsTheWholeStoredArticle()
    {
        var article = Articles.Any(id: "whole", subtitle: "Dek", dateline: "OSLO", section: "world", tags: ["a", "b"], captions: ["C1", "C2"], url: "https://example.test/w", published: Articles.Date(2001, 2, 3), byline: "A and B");
        using var index = new MemoryIndex(article);

        Assert.Equal(article with { Tags = [], Captions = [] }, index.Searcher.Get("whole")! with { Tags = [], Captions = [] });
        Assert.Equal(["a", "b"], index.Searcher.Get("whole")!.Tags);
        Assert.Equal(["C1", "C2"], index.Searcher.Get("whole")!.Captions);
    }

    [Fact]
    public void GetStats_CountsArticlesSourcesAndDateRange()
    {
        var stats = _index.Searcher.GetStats();

        Assert.Equal(12, stats.Articles);
        Assert.Equal(2, stats.Sources);
        Assert.Equal(Articles.Date(2010, 6, 15), stats.Earliest);
        Assert.Equal(Articles.Date(2020, 6, 15), stats.Latest);
        Assert.True(stats.SizeInBytes > 0);
        Assert.Equal(NewsSearch.Indexing.SchemaVersion.Current, stats.SchemaVersion);
    }
}
