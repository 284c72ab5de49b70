using System.Globalization;

namespace NewsSearch.Ingest;

/// <summary>Reads publication dates as archives write them; anything without an offset is UTC.</summary>
internal static class DateParsing
{
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyyMMdd", "yyyy-MM", "yyyy",
        "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm zzz",
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMMM d yyyy",
        "MMM d, yyyy h:mm tt", "MMMM d, yyyy h:mm tt", "d MMMM yyyy HH:mm", "dd/MM/yyyy", "yyyy/MM/dd",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, Utc, out value))
        {
            return value.Year >= 1;
        }

        // RFC 822 zones such as "EST" or "+0000" that the formats above do not name.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Utc, out value);
    }
}
