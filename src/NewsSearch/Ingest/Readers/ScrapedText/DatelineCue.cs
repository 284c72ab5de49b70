using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// The place line that opens a story: <c>TAIPEI (Taiwan News) –</c>, <c>WASHINGTON (AP) —</c>,
/// <c>LONDON, March 3 (Reuters) -</c>, <c>BEIJING —</c> or <c>KABUL, Afghanistan —</c>.
/// </summary>
internal sealed partial record DatelineCue(string Dateline, string? Source, string Rest)
{
    // Without a region, date or agency, only a longer capitalised word counts, so that "US — China talks" stays prose.
    private const int MinBarePlaceLetters = 4;

    public static DatelineCue? TryRead(string paragraph)
    {
        var match = Pattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim();
        var region = match.Groups["region"];
        var agency = match.Groups["source"];
        var letters = place.Count(char.IsLetter);
        var bare = !region.Success && !match.Groups["date"].Success && !agency.Success;
        if (letters < 2 || (bare && letters < MinBarePlaceLetters))
        {
            return null;
        }

        var dateline = region.Success ? place + region.Value.TrimEnd() : place;
        var source = agency.Success && Publishers.IsDatelineAgency(agency.Value) ? agency.Value.Trim() : null;
        return new DatelineCue(dateline, source, match.Groups["rest"].Value);
    }

    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\-]*(\s\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3})"
        + @"(?<region>,\s\p{Lu}[\p{L}\p{M}.'’\-]*(\s\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})?"
        + @"(,\s(?<date>\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}|\d{1,2}\s\p{Lu}\p{Ll}{2,8}))?"
        + @"\s*(\((?<source>[^()]{1,60})\)\s*)?"
        + @"(-{1,2}|[–—])\s+(?<rest>[\p{Lu}\d""'“‘].*)$",
        RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
