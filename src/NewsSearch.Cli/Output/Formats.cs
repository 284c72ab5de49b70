using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>How dates and sizes are written, the same in every command.</summary>
internal static class Formats
{
    /// <summary>
    /// The one form every machine-readable output (JSON Lines, CSV) writes a date in: ISO 8601 in
    /// UTC to the second, <c>2018-11-05T00:00:00Z</c> also for a date-only input, so a consumer
    /// parses one format and sorts the strings as dates.
    /// </summary>
    public static string IsoDate(DateTimeOffset value) => IsoInstant(value);

    /// <summary>The day alone, for result lists.</summary>
    public static string Day(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A readable date, with the time when there is one: <c>2018-11-05 14:30 UTC</c>.</summary>
    public static string ReadableDate(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    /// <summary>Bytes in binary units: <c>512 B</c>, <c>1.4 KiB</c>, <c>23.0 MiB</c>.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }

    /// <summary>A count with its noun, singular or plural: <c>1 article</c>, <c>2 articles</c>.</summary>
    public static string Count(long count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>An instant in UTC to the second: <c>2018-11-05T14:30:00Z</c>.</summary>
    public static string IsoInstant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
