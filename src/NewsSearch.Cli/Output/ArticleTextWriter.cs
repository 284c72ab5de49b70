namespace NewsSearch.Cli.Output;

/// <summary>Writes one whole article for reading: headline block, facts, body, captions.</summary>
internal sealed class ArticleTextWriter
{
    private readonly TextWriter _output;
    private readonly TextStyle _style;
    private readonly int? _width;

    /// <param name="output">Where the article goes.</param>
    /// <param name="style">ANSI styling or none.</param>
    /// <param name="width">Columns to wrap paragraphs to (a terminal's width); null keeps each paragraph on one line.</param>
    public ArticleTextWriter(TextWriter output, TextStyle style, int? width = null)
    {
        _output = output;
        _style = style;
        _width = width;
    }

    public void Write(NewsArticle article)
    {
        _output.WriteLine(_style.Bold(article.Title ?? "(no title)"));
        if (!string.IsNullOrEmpty(article.Subtitle))
        {
            _output.WriteLine(article.Subtitle);
        }

        _output.WriteLine();
        WriteFact("By", article.Byline);
        WriteFact("Source", article.Source);
        WriteFact("Dateline", article.Dateline);
        WriteFact("Published", article.Published is { } published ? Formats.ReadableDate(published) : null);
        WriteFact("Section", article.Section);
        WriteFact("Tags", article.Tags.Count == 0 ? null : string.Join(", ", article.Tags));
        WriteFact("URL", article.Url);
        WriteFact("Language", article.Language);
        WriteFact("Id", article.Id);

        if (!string.IsNullOrEmpty(article.Body))
        {
            _output.WriteLine();
            WriteBody(article.Body);
        }

        if (article.Captions.Count > 0)
        {
            _output.WriteLine();
            _output.WriteLine(_style.Dim("Captions:"));
            foreach (var caption in article.Captions)
            {
                _output.WriteLine("  - " + caption.ReplaceLineEndings(" "));
            }
        }
    }

    private void WriteBody(string body)
    {
        if (_width is not { } width)
        {
            _output.WriteLine(body.ReplaceLineEndings(Environment.NewLine).TrimEnd());
            return;
        }

        // Each line of the body (paragraphs, and the blank lines between them) wrapped on its own.
        foreach (var paragraph in body.TrimEnd().ReplaceLineEndings("\n").Split('\n'))
        {
            if (paragraph.Length == 0)
            {
                _output.WriteLine();
                continue;
            }

            foreach (var line in TextWrap.Lines(paragraph, width, ""))
            {
                _output.WriteLine(line);
            }
        }
    }

    private void WriteFact(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _output.WriteLine(_style.Dim((label + ":").PadRight(11)) + value.ReplaceLineEndings(" "));
        }
    }
}
