using System.Globalization;

namespace NewsSearch;

/// <summary>
/// A span of time written the way people write dates in searches: <c>2018</c>, <c>2018-11</c>,
/// <c>2018-11-05</c> or a full ISO 8601 instant. Used by <c>date:</c> in queries and by the
/// since/until filters.
/// </summary>
/// <param name="Start">The first instant of the period.</param>
/// <param name="End">The last instant of the period (inclusive).</param>
public sealed record DatePeriod(DateTimeOffset Start, DateTimeOffset End)
{
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Parses a year, a month, a day or an instant; times without an offset are UTC.</summary>
    /// <param name="text">The text, e.g. <c>2018-11</c>.</param>
    /// <param name="period">The period, when the text is a date.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a date.</returns>
    public static bool TryParse(string? text, out DatePeriod period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year is >= 1 and <= 9999)
        {
            var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
            period = new DatePeriod(start, LastInstantBefore(() => start.AddYears(1)));
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM", invariant, Utc, out var month))
        {
            var start = new DateTimeOffset(month.Year, month.Month, 1, 0, 0, 0, TimeSpan.Zero);
            period = new DatePeriod(start, LastInstantBefore(() => start.AddMonths(1)));
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", invariant, Utc, out var day))
        {
            var start = new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.Zero);
            period = new DatePeriod(start, LastInstantBefore(() => start.AddDays(1)));
            return true;
        }

        if (DateTimeOffset.TryParseExact(text, InstantFormats, invariant, Utc, out var instant))
        {
            period = new DatePeriod(instant, instant);
            return true;
        }

        return false;
    }

    // The period after December 9999 lies past DateTimeOffset's range: the period then runs to its end.
    private static DateTimeOffset LastInstantBefore(Func<DateTimeOffset> next)
    {
        try
        {
            return next().AddTicks(-1);
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTimeOffset.MaxValue;
        }
    }
}
