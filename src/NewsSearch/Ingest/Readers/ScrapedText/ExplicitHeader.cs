using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// The explicit header form: <c>Key: value</c> lines (<c>Title</c>, <c>Headline</c>, <c>Subtitle</c>, <c>By</c>,
/// <c>Author</c>, <c>Date</c>, <c>Published</c>, <c>Source</c>, <c>Dateline</c>, <c>Section</c>, <c>Tags</c>, <c>URL</c>,
/// <c>Language</c>) up to the first blank line. Only a block made entirely of known keys counts, so a scraped
/// first line that happens to contain a colon stays text.
/// </summary>
internal sealed partial class ExplicitHeader
{
    private const int MaxShownValueLength = 40;

    private ExplicitHeader()
    {
    }

    /// <summary>How many input lines the header and the blank line after it take.</summary>
    public int LineCount { get; private init; }

    public string? Title { get; private set; }

    public string? Subtitle { get; private set; }

    public string? Byline { get; private set; }

    public DateTimeOffset? Published { get; private set; }

    public string? Source { get; private set; }

    public string? Dateline { get; private set; }

    public string? Section { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public string? Url { get; private set; }

    public string? Language { get; private set; }

    /// <summary>Reads the header at the top of <paramref name="lines"/>; null when the text does not open with one.</summary>
    public static ExplicitHeader? TryRead(IReadOnlyList<string> lines, Action<string> warn)
    {
        var start = 0;
        while (start < lines.Count && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        var fields = new List<(string Key, string Value)>();
        var end = start;
        for (; end < lines.Count && !string.IsNullOrWhiteSpace(lines[end]); end++)
        {
            var match = Field().Match(lines[end].Trim());
            if (!match.Success)
            {
                return null;
            }

            fields.Add((match.Groups["key"].Value, match.Groups["value"].Value.Trim()));
        }

        if (fields.Count == 0)
        {
            return null;
        }

        var header = new ExplicitHeader { LineCount = end };
        foreach (var (key, value) in fields.Where(f => f.Value.Length > 0))
        {
            header.Set(key, value, warn);
        }

        return header;
    }

    private void Set(string key, string value, Action<string> warn)
    {
        switch (key.ToUpperInvariant())
        {
            case "TITLE" or "HEADLINE": Title = value; break;
            case "SUBTITLE": Subtitle = value; break;
            case "BY" or "AUTHOR": Byline = value; break;
            case "SOURCE": Source = value; break;
            case "DATELINE": Dateline = value; break;
            case "SECTION": Section = value; break;
            case "URL": Url = value; break;
            case "LANGUAGE": Language = value; break;
            case "TAGS": Tags = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); break;
            default:
                if (DateParsing.TryParse(value, out var date) || PublishedDateCue.TryParseValue(value, out date))
                {
                    Published = date;
                }
                else
                {
                    warn($"field '{key.ToLowerInvariant()}': cannot read '{Shorten(value)}' as a date");
                }

                break;
        }
    }

    private static string Shorten(string text) =>
        text.Length <= MaxShownValueLength ? text : string.Concat(text.AsSpan(0, MaxShownValueLength), "…");

    [GeneratedRegex(
        @"^(?<key>title|headline|subtitle|by|author|date|published|source|dateline|section|tags|url|language)\s*:\s*(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Field();
}
