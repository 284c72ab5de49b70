namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>One non-blank, trimmed line of scraped text and the paragraph it belongs to.</summary>
internal sealed record TextLine(string Text, int Paragraph)
{
    /// <summary>
    /// Splits <paramref name="lines"/> from <paramref name="start"/> into lines numbered by paragraph: a blank
    /// line ends a paragraph. Text with no blank line at all has one paragraph a line, as many scrapers write it.
    /// Inside a block, a short line without closing punctuation (a headline, dek, alt text or caption that a
    /// scraper wrote without a blank line after it) stands alone too, at the head of the page; prose keeps its lines together.
    /// </summary>
    public static IReadOnlyList<TextLine> Split(IReadOnlyList<string> lines, int start)
    {
        var result = new List<TextLine>();
        var paragraph = 0;
        var blank = false;
        var sawBlank = false;
        var inHead = true;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                blank = result.Count > 0;
                sawBlank |= blank;
                continue;
            }

            // Only the head of a page (title, dek, alt text, caption, dateline) is split inside blocks;
            // once a long prose line has been seen, blocks are paragraphs as written.
            if (blank || (inHead && result.Count > 0 && StandsAlone(result[^1].Text, line)))
            {
                paragraph++;
                blank = false;
            }

            result.Add(new TextLine(line, paragraph));
            inHead &= line.Length <= 200;
        }

        if (!sawBlank)
        {
            return [.. result.Select((line, i) => line with { Paragraph = i })];
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="previous"/> is a line of its own rather than part of wrapped prose: it has no
    /// closing punctuation and the next line does not continue its sentence, or it is followed by a dateline.
    /// </summary>
    private static bool StandsAlone(string previous, string next)
    {
        var closed = previous[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201d' or '\'' or '\u2019';
        // Wrapped prose continues mid-sentence, so its next line starts in lower case.
        var continues = char.IsLower(next[0]);
        return (!closed && previous.Length <= 160 && !continues) || DatelineCue.TryRead(next) is not null;
    }
}
