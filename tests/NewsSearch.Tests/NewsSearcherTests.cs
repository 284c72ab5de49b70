using NewsSearch.Tests.Support;

namespace NewsSearch.Tests;

/// <summary>What every operation of the searcher facade shares: the time limit and its translation.</summary>
public sealed class NewsSearcherTests : IDisposable
{
    // A budget of one tick has run out by the first check, which every operation reaches before it returns.
    private static readonly TimeSpan RunOut = TimeSpan.FromTicks(1);

    private readonly MemoryIndex _index = new(
        DuplicateData.Article("o01"),
        DuplicateData.Article("o01-light"),
        DuplicateData.Article("n01"),
        DuplicateData.Article("o02"),
        DuplicateData.Article("o02-light"));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Trend_TimeLimitRunOut_ThrowsQueryTimeoutException()
    {
        var query = new NewsQuery("strike OR levee") { Timeout = RunOut };

        var timeout = Assert.Throws<QueryTimeoutException>(() => _index.Searcher.Trend(query));

        Assert.Equal("strike OR levee", timeout.Query);
        Assert.Equal(RunOut, timeout.Limit);
    }

    [Fact]
    public void FindDuplicates_TimeLimitRunOut_ThrowsQueryTimeoutException()
    {
        var query = new NewsQuery("") { Timeout = RunOut };

        var timeout = Assert.Throws<QueryTimeoutException>(() => _index.Searcher.FindDuplicates(query));

        Assert.Equal(RunOut, timeout.Limit);
    }

    [Fact]
    public void Similar_TimeLimitRunOut_ThrowsQueryTimeoutException()
    {
        var timeout = Assert.Throws<QueryTimeoutException>(() => _index.Searcher.Similar("o01", 3, RunOut));

        Assert.Equal("o01", timeout.Query);
        Assert.Equal(RunOut, timeout.Limit);
    }

    [Fact]
    public void Explain_TimeLimitRunOut_ThrowsQueryTimeoutException()
    {
        var query = new NewsQuery("strike") { Timeout = RunOut };

        Assert.Throws<QueryTimeoutException>(() => _index.Searcher.Explain(query, "o01"));
    }

    [Fact]
    public void Operations_NoTimeLimit_RunToTheEnd()
    {
        var unlimited = TimeSpan.Zero;

        var trend = _index.Searcher.Trend(new NewsQuery("levee OR strike") { Timeout = unlimited });
        var copies = _index.Searcher.FindDuplicates(new NewsQuery("") { Timeout = unlimited });
        var similar = _index.Searcher.Similar("o01", 3, unlimited);

        Assert.Equal(5, trend.TotalHits);
        Assert.Equal(2, copies.Count);
        Assert.NotNull(similar);
    }

    [Fact]
    public void Trend_AfterATimeout_TheSearcherStillWorks()
    {
        Assert.Throws<QueryTimeoutException>(() => _index.Searcher.Trend(new NewsQuery("strike") { Timeout = RunOut }));

        var series = _index.Searcher.Trend(new NewsQuery("strike"));

        Assert.True(series.TotalHits > 0);
    }
}
