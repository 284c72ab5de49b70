namespace NewsSearch.Ingest.Readers;

/// <summary>
/// Turns scraped plain text into article fields. Placeholder shape: the header form
/// (<c>Title:</c>, <c>By:</c>, <c>Date:</c>, <c>Source:</c>) or first line title, rest body.
/// </summary>
internal static class ScrapedTextParser
{
    /// <summary>Parses <paramref name="text"/>; returns <see langword="null"/> when there is no text at all. Id is left empty.</summary>
    public static NewsArticle? Parse(string text, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var nonEmpty = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (nonEmpty.Count == 0)
        {
            return null;
        }

        return new NewsArticle { Id = "", Title = nonEmpty[0].Trim(), Body = string.Join("\n\n", nonEmpty.Skip(1)) };
    }
}
