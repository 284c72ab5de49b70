namespace NewsSearch.Cli.Output;

/// <summary>Writes one whole article for reading: headline block, facts, body, captions.</summary>
internal sealed class ArticleTextWriter
{
    private readonly TextWriter _output;
    private readonly TextStyle _style;

    public ArticleTextWriter(TextWriter output, TextStyle style)
    {
        _output = output;
        _style = style;
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
            _output.WriteLine(article.Body.ReplaceLineEndings(Environment.NewLine).TrimEnd());
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

    private void WriteFact(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _output.WriteLine(_style.Dim((label + ":").PadRight(11)) + value.ReplaceLineEndings(" "));
        }
    }
}
