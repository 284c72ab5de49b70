namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>One non-blank, trimmed line of scraped text and the paragraph it belongs to.</summary>
internal sealed record TextLine(string Text, int Paragraph)
{
    private const int MaxWrappedLineLength = 100;

    /// <summary>
    /// Splits <paramref name="lines"/> from <paramref name="start"/> into lines numbered by paragraph.
    /// A blank line ends a paragraph; so does every line break inside a block whose lines read as whole
    /// paragraphs rather than as one hard-wrapped paragraph, because scrapers often emit one paragraph a line.
    /// </summary>
    public static IReadOnlyList<TextLine> Split(IReadOnlyList<string> lines, int start)
    {
        var result = new List<TextLine>();
        var block = new List<string>();
        var paragraph = 0;
        for (var i = start; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i].Trim() : "";
            if (line.Length > 0)
            {
                block.Add(line);
                continue;
            }

            if (block.Count == 0)
            {
                continue;
            }

            var wrapped = IsHardWrapped(block);
            foreach (var text in block)
            {
                result.Add(new TextLine(text, paragraph));
                if (!wrapped)
                {
                    paragraph++;
                }
            }

            if (wrapped)
            {
                paragraph++;
            }

            block.Clear();
        }

        return result;
    }

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 2)
        {
            return false;
        }

        // Wrapped prose breaks mid-sentence at a fixed width; paragraph-per-line text has long lines
        // that end sentences.
        var inner = block.Take(block.Count - 1).ToList();
        if (inner.Any(l => l.Length > MaxWrappedLineLength))
        {
            return false;
        }

        var sentenceEnds = inner.Count(TextShape.EndsSentence);
        return sentenceEnds * 2 < inner.Count;
    }
}
