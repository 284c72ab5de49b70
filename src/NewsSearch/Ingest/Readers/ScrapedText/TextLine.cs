namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>One non-blank, trimmed line of scraped text and the paragraph it belongs to.</summary>
internal sealed record TextLine(string Text, int Paragraph)
{
    /// <summary>
    /// Splits <paramref name="lines"/> from <paramref name="start"/> into lines numbered by paragraph: a blank
    /// line ends a paragraph. Text with no blank line at all has one paragraph a line, as many scrapers write it.
    /// </summary>
    public static IReadOnlyList<TextLine> Split(IReadOnlyList<string> lines, int start)
    {
        var result = new List<TextLine>();
        var paragraph = 0;
        var blank = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                blank = result.Count > 0;
                continue;
            }

            if (blank)
            {
                paragraph++;
                blank = false;
            }

            result.Add(new TextLine(line, paragraph));
        }

        if (paragraph == 0)
        {
            return [.. result.Select((line, i) => line with { Paragraph = i })];
        }

        return result;
    }
}
