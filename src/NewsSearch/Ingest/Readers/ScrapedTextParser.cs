using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers;

/// <summary>
/// Turns plain text into article fields: an explicit header form (<c>Title:</c>, <c>By:</c>, <c>Date:</c>, …)
/// or text scraped from a web page, whose headline, dek, byline, dateline, date stamp and captions are found
/// by layout cues (see <see cref="ArticleLayout"/>). Text with no cues still indexes: first line title, rest body.
/// </summary>
internal static class ScrapedTextParser
{
    /// <summary>Parses <paramref name="text"/>; returns <see langword="null"/> when there is no text at all. Id is left empty.</summary>
    public static NewsArticle? Parse(string text, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(warn);
        var lines = text.TrimStart('\ufeff').ReplaceLineEndings("\n").Split('\n');
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var header = ExplicitHeader.TryRead(lines, warn);
        var layout = ArticleLayout.Read(TextLine.Split(lines, header?.LineCount ?? 0), header?.Title);
        return new NewsArticle
        {
            Id = "",
            Title = layout.Title,
            Subtitle = header?.Subtitle ?? layout.Subtitle,
            Byline = header?.Byline ?? layout.Byline,
            Source = header?.Source ?? layout.Source,
            Dateline = header?.Dateline ?? layout.Dateline,
            Published = header?.Published ?? layout.Published,
            Section = header?.Section,
            Tags = header?.Tags ?? [],
            Url = header?.Url,
            Language = header?.Language,
            Captions = layout.Captions,
            Body = layout.Body,
        };
    }
}
