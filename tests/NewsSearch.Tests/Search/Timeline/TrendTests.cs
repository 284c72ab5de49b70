using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Timeline;

public sealed class TrendTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(body: "cocoa prices rise", published: new DateTimeOffset(1987, 3, 2, 14, 0, 0, TimeSpan.Zero)),
        Articles.Any(body: "cocoa buffer stock", published: Articles.Date(1987, 3, 30)),
        Articles.Any(body: "cocoa talks resume", published: Articles.Date(1987, 6, 1)),
        Articles.Any(body: "cocoa undated note", published: null),
        Articles.Any(body: "coffee quotas", published: Articles.Date(1987, 9, 1)));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Trend_ByMonth_CountsEveryMonthFromFirstToLastWithZeros()
    {
        var series = _index.Searcher.Trend(new NewsQuery("cocoa"), TrendInterval.Month);

        Assert.Equal(TrendInterval.Month, series.Interval);
        Assert.Equal(
            [new TrendBucket(Articles.Date(1987, 3), 2), new TrendBucket(Articles.Date(1987, 4), 0), new TrendBucket(Articles.Date(1987, 5), 0), new TrendBucket(Articles.Date(1987, 6), 1)],
            series.Buckets);
        Assert.Equal(1, series.Undated);
        Assert.Equal(4, series.TotalHits);
    }

    [Fact]
    public void Trend_ByWeek_StartsOnMonday()
    {
        var series = _index.Searcher.Trend(new NewsQuery("cocoa") { Until = Articles.Date(1987, 4, 1) }, TrendInterval.Week);

        Assert.Equal(Articles.Date(1987, 3, 2), series.Buckets[0].Start);
        Assert.Equal(DayOfWeek.Monday, series.Buckets[^1].Start.DayOfWeek);
        Assert.Equal(5, series.Buckets.Count);
        Assert.Equal(2, series.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void Trend_Auto_ChoosesDaysForThreeMonths() =>
        Assert.Equal(TrendInterval.Day, _index.Searcher.Trend(new NewsQuery("cocoa")).Interval);

    [Theory]
    [InlineData(30, TrendInterval.Day)]
    [InlineData(200, TrendInterval.Week)]
    [InlineData(3 * 365, TrendInterval.Month)]
    [InlineData(20 * 365, TrendInterval.Year)]
    public void Choose_BySpan_GivesAReadableNumberOfPeriods(int days, TrendInterval expected) =>
        Assert.Equal(expected, NewsSearch.Search.Timeline.TrendBuilder.Choose(Articles.Date(1990), Articles.Date(1990).AddDays(days)));

    [Theory]
    [InlineData(TrendInterval.Day)]
    [InlineData(TrendInterval.Week)]
    [InlineData(TrendInterval.Month)]
    [InlineData(TrendInterval.Year)]
    public void Trend_AtTheEndOfTime_EndsTheLastPeriodThere(TrendInterval interval)
    {
        using var index = new MemoryIndex(Articles.Any(body: "far future", published: Articles.Date(9999, 12, 31)));

        var series = index.Searcher.Trend(new NewsQuery("future"), interval);

        Assert.Equal(1, Assert.Single(series.Buckets).Count);
    }

    [Fact]
    public void Trend_NoMatches_IsEmpty()
    {
        var series = _index.Searcher.Trend(new NewsQuery("zebrafinch"));

        Assert.Empty(series.Buckets);
        Assert.Equal(0, series.TotalHits);
    }

    [Fact]
    public void Trend_TooManyPeriods_AsksForALongerOne()
    {
        using var index = new MemoryIndex(Articles.Any(body: "old", published: Articles.Date(1800)), Articles.Any(body: "old", published: Articles.Date(2020)));

        var error = Assert.Throws<NewsSearchException>(() => index.Searcher.Trend(new NewsQuery("old"), TrendInterval.Day));

        Assert.Contains("longer period", error.Message, StringComparison.Ordinal);
    }
}
