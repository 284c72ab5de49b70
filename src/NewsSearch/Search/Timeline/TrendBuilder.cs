using System.Globalization;
using Lucene.Net.Search;

namespace NewsSearch.Search.Timeline;

/// <summary>Counts a query's hits per calendar period, filling the periods without hits with zeros.</summary>
internal static class TrendBuilder
{
    /// <summary>Beyond this a series is no longer a chart (40,000 days); the caller should count by a longer period.</summary>
    public const int MaxBuckets = 20_000;

    public static TrendSeries Build(IndexSearcher searcher, Query query, Filter? filter, TrendInterval interval, QueryBudget budget)
    {
        var collector = new DateCollector();
        searcher.Search(query, filter, BudgetedCollector.Wrap(collector, budget));
        var total = collector.Dates.Count + collector.Undated;
        if (collector.Dates.Count == 0)
        {
            return new TrendSeries { Interval = interval == TrendInterval.Auto ? TrendInterval.Day : interval, Buckets = [], Undated = collector.Undated, TotalHits = total };
        }

        collector.Dates.Sort();
        var first = DateTimeOffset.FromUnixTimeMilliseconds(collector.Dates[0]);
        var last = DateTimeOffset.FromUnixTimeMilliseconds(collector.Dates[^1]);
        if (interval == TrendInterval.Auto)
        {
            interval = Choose(first, last);
        }

        var buckets = new List<TrendBucket>();
        var index = 0;
        for (var start = StartOf(first, interval); start <= last && start != DateTimeOffset.MaxValue; start = Next(start, interval))
        {
            if (buckets.Count == MaxBuckets)
            {
                throw new NewsSearchException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the matching articles span {first:yyyy-MM-dd} to {last:yyyy-MM-dd}, more than {MaxBuckets} periods of a {interval.ToString().ToLowerInvariant()}; count by a longer period"));
            }

            var end = Next(start, interval).ToUnixTimeMilliseconds();
            var count = 0;
            while (index < collector.Dates.Count && collector.Dates[index] < end)
            {
                count++;
                index++;
            }

            buckets.Add(new TrendBucket(start, count));
        }

        return new TrendSeries { Interval = interval, Buckets = buckets, Undated = collector.Undated, TotalHits = total };
    }

    /// <summary>A period length that gives a readable number of bars for the span.</summary>
    public static TrendInterval Choose(DateTimeOffset first, DateTimeOffset last)
    {
        var span = last - first;
        return span.TotalDays switch
        {
            <= 92 => TrendInterval.Day,
            <= 548 => TrendInterval.Week,
            <= 3653 => TrendInterval.Month,
            _ => TrendInterval.Year,
        };
    }

    public static DateTimeOffset StartOf(DateTimeOffset instant, TrendInterval interval)
    {
        var utc = instant.UtcDateTime;
        return interval switch
        {
            TrendInterval.Year => new DateTimeOffset(utc.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            TrendInterval.Month => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            TrendInterval.Week => new DateTimeOffset(utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)), TimeSpan.Zero),
            _ => new DateTimeOffset(utc.Date, TimeSpan.Zero),
        };
    }

    public static DateTimeOffset Next(DateTimeOffset start, TrendInterval interval)
    {
        // The period after the one holding 9999-12-31 does not exist; its end is the end of time.
        var left = DateTimeOffset.MaxValue - start;
        var last = interval switch
        {
            TrendInterval.Year => start.Year == 9999,
            TrendInterval.Month => start.Year == 9999 && start.Month == 12,
            TrendInterval.Week => left < TimeSpan.FromDays(7),
            _ => left < TimeSpan.FromDays(1),
        };
        if (last)
        {
            return DateTimeOffset.MaxValue;
        }

        return interval switch
        {
            TrendInterval.Year => start.AddYears(1),
            TrendInterval.Month => start.AddMonths(1),
            TrendInterval.Week => start.AddDays(7),
            _ => start.AddDays(1),
        };
    }
}
