using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// A line that is only a publication stamp, such as <c>Published: 12 March 2019</c>,
/// <c>Mar 3, 2019 10:15 AM</c> or <c>Updated 14:02 GMT, Tuesday, 5 March 2019</c>.
/// </summary>
internal static partial class PublishedDateCue
{
    private const int MaxLineLength = 90;

    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = TimeSpan.Zero,
        ["UTC"] = TimeSpan.Zero,
        ["Z"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2),
        ["EST"] = TimeSpan.FromHours(-5),
        ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6),
        ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7),
        ["JST"] = TimeSpan.FromHours(9),
        ["KST"] = TimeSpan.FromHours(9),
        ["HKT"] = TimeSpan.FromHours(8),
        ["SGT"] = TimeSpan.FromHours(8),
        ["AEST"] = TimeSpan.FromHours(10),
        ["AEDT"] = TimeSpan.FromHours(11),
    };

    /// <summary>Reads a stamp line; <paramref name="isUpdate"/> tells a later revision from the first publication.</summary>
    public static bool TryRead(string line, out DateTimeOffset date, out bool isUpdate, out bool labelled)
    {
        date = default;
        isUpdate = false;
        labelled = false;
        if (line.Length > MaxLineLength)
        {
            return false;
        }

        var match = Label().Match(line);
        var value = line;
        if (match.Success)
        {
            labelled = true;
            isUpdate = match.Groups["label"].Value.Contains("updat", StringComparison.OrdinalIgnoreCase)
                || match.Groups["label"].Value.Contains("modif", StringComparison.OrdinalIgnoreCase);
            value = line[match.Length..];
        }

        // "March 3, 2020 / 5:42 PM / Updated": date and time in slots, then a note that the story changed later.
        var slots = SlashStamp().Match(value);
        if (slots.Success)
        {
            value = slots.Groups["date"].Value + " " + slots.Groups["time"].Value;
        }

        // "Published 3 March 2019 | Updated 4 March 2019": the first stamp is the publication.
        value = SecondStamp().Split(value)[0];
        return TryParseValue(value, out date);
    }

    /// <summary>Reads a date written as pages show it; needs a four-digit year so that a bare "March 3" never gets one invented.</summary>
    public static bool TryParseValue(string value, out DateTimeOffset date)
    {
        date = default;
        value = value.Trim().TrimEnd('.', ',', ';');
        if (!Year().IsMatch(value) || !(MonthName().IsMatch(value) || NumericDate().IsMatch(value)))
        {
            return false;
        }

        value = Weekday().Replace(value, "");
        value = At().Replace(value, " ");
        value = Meridiem().Replace(value, m => $" {m.Groups["h"].Value}:{m.Groups["m"].Value} {char.ToUpperInvariant(m.Groups["ap"].Value[0])}M");
        TimeSpan? offset = null;
        var keepTime = true;
        var zone = Zone().Match(value);
        if (zone.Success && Zones.TryGetValue(zone.Value, out var known))
        {
            offset = known;
            value = value.Remove(zone.Index, zone.Length);
        }
        else if (TrailingWord().Match(value) is { Success: true } trailing && !IsMeridiem(trailing.Groups["word"].Value))
        {
            // "ET" or "IST" name more than one offset; the day is still right, the hour may not be.
            keepTime = false;
            value = value[..trailing.Index];
        }

        if (!TryParseCandidates(value.Trim().TrimEnd(','), out var parsed))
        {
            return false;
        }

        if (!keepTime)
        {
            parsed = new DateTimeOffset(parsed.Date, TimeSpan.Zero);
        }
        else if (offset is { } zoneOffset)
        {
            parsed = new DateTimeOffset(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified), zoneOffset).ToUniversalTime();
        }

        date = parsed;
        return true;
    }

    private static bool IsMeridiem(string word) => word is "AM" or "PM";

    private static bool TryParseCandidates(string value, out DateTimeOffset parsed)
    {
        if (DateParsing.TryParse(value, out parsed))
        {
            return true;
        }

        // "12 March 2019, 10:15" and "10:15, 12 March 2019": the comma is the only obstacle.
        var noComma = value.Replace(",", " ", StringComparison.Ordinal);
        if (DateParsing.TryParse(noComma, out parsed))
        {
            return true;
        }

        // "12 Jul 2022 14.05": some pages put a point between hours and minutes.
        var dottedTime = DottedTime().Replace(noComma, "$1:$2");
        if (dottedTime != noComma && DateParsing.TryParse(dottedTime, out parsed))
        {
            return true;
        }

        var timeFirst = TimeFirst().Match(value);
        return timeFirst.Success
            && DateParsing.TryParse(timeFirst.Groups["date"].Value + " " + timeFirst.Groups["time"].Value, out parsed);
    }

    [GeneratedRegex(
        @"^(?<label>published|posted|updated|last updated|first published|date|modified|last modified)(\s+(on|at))?\s*[:：]?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*(\||·|•)\s*|\s+(?=(last\s+)?updated\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondStamp();

    [GeneratedRegex(
        @"^(?<date>[^/|]*\b(1[89]\d\d|20\d\d))\s+/\s+(?<time>\d{1,2}[:.]\d{2}(\s*[AaPp]\.?[Mm]\.?)?(\s+[A-Z]{2,4})?)(\s+/\s+(updated|last updated)\b.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlashStamp();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(
        @"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(
        @"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday|urday|sday)?\b\.?,?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+at\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex At();

    // "— 9.30am", "- 9:30 p.m.": a time after a dash, with a point or colon and a run-on am/pm.
    [GeneratedRegex(@"(\s+[-–—,]\s*|\s+)(?<h>\d{1,2})[.:](?<m>\d{2})\s*(?<ap>[ap])\.?m\.?(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"\b(GMT|UTC|Z|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|HKT|SGT|AEST|AEDT)\b")]
    private static partial Regex Zone();

    [GeneratedRegex(@"\s+\(?(?<word>[A-Z]{2,4})\)?$")]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"(?<=\s)(\d{1,2})\.(\d{2})$")]
    private static partial Regex DottedTime();

    [GeneratedRegex(@"^(?<time>\d{1,2}[:.]\d{2}(\s*[AaPp]\.?[Mm]\.?)?)[,\s]+(?<date>.+)$")]
    private static partial Regex TimeFirst();
}
