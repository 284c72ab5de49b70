using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes the results of one <c>newssearch query</c> as a list for people, JSON Lines or CSV, with
/// the header line and the notes (partial match, reductions, did-you-mean, synonyms, facets).
/// Machine-readable shapes keep stdout for hits alone and put the human lines on stderr.
/// </summary>
internal sealed class QueryResultsWriter
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly TextStyle _style;
    private readonly int? _wrapWidth;
    private readonly string _text;
    private readonly NewsQuery _query;
    private readonly SearchResults _results;

    /// <param name="output">stdout: hits.</param>
    /// <param name="error">stderr: the human lines of machine-readable output.</param>
    /// <param name="style">ANSI styling or none.</param>
    /// <param name="wrapWidth">Columns to wrap snippets to; null for pipes.</param>
    /// <param name="text">The query as typed, for the header line.</param>
    /// <param name="query">The query as run (paging, facets, collapse).</param>
    /// <param name="results">What it found.</param>
    public QueryResultsWriter(TextWriter output, TextWriter error, TextStyle style, int? wrapWidth, string text, NewsQuery query, SearchResults results)
    {
        _output = output;
        _error = error;
        _style = style;
        _wrapWidth = wrapWidth;
        _text = text;
        _query = query;
        _results = results;
    }

    /// <summary>Writes CSV with a header row; <paramref name="article"/> looks up the stored article when <paramref name="fields"/> asks for more.</summary>
    public void WriteCsv(IReadOnlyList<string> fields, Func<string, NewsArticle?> article)
    {
        // The header is written even when nothing matched, so a spreadsheet import still gets its columns.
        var writer = new CsvHitWriter(_output, fields);
        writer.WriteHeader();
        var rank = _query.Skip;
        foreach (var hit in _results.Hits)
        {
            writer.Write(++rank, hit, fields.Count > 0 ? article(hit.Id) : null);
        }

        if (_results.PartialMatch is { } partial)
        {
            _error.WriteLine(QueryNotes.Partial(partial, _results.TotalHits));
        }

        _error.WriteLine(Header());
    }

    /// <summary>Writes one JSON object per hit and a last facets line; the header and notes go to stderr.</summary>
    public void WriteJson(IReadOnlyList<string> fields, Func<string, NewsArticle?> article)
    {
        // stdout carries only hits, so `| jq` works; the human notes go to stderr.
        if (_results.PartialMatch is { } partial)
        {
            _error.WriteLine(QueryNotes.Partial(partial, _results.TotalHits));
        }

        foreach (var line in QueryNotes.Reductions(_results, _query))
        {
            _error.WriteLine(line);
        }

        using (var writer = new JsonHitWriter(_output, withDuplicates: _query.Collapse))
        {
            foreach (var hit in _results.Hits)
            {
                writer.Write(hit, fields.Count > 0 ? article(hit.Id) : null, fields);
            }
        }

        FacetWriter.WriteJson(_output, _query, _results);

        _error.WriteLine(Header());
        QueryNotes.WriteJson(_error, _results);
    }

    /// <summary>Writes the numbered list with its notes, paging hint and facets; with no match, the notes go to stderr.</summary>
    public void WriteText(bool withSnippets)
    {
        if (_results.TotalHits == 0)
        {
            _error.WriteLine(Header());
            foreach (var line in QueryNotes.Reductions(_results, _query))
            {
                _error.WriteLine(line);
            }

            if (QueryNotes.DidYouMean(_results) is { } suggestion)
            {
                _error.WriteLine(suggestion);
            }

            return;
        }

        var style = _style;
        if (QueryNotes.DidYouMean(_results) is { } didYouMean)
        {
            _output.WriteLine(style.Accent(didYouMean));
        }

        if (_results.PartialMatch is { } partial)
        {
            _output.WriteLine(style.Accent(QueryNotes.Partial(partial, _results.TotalHits)));
        }

        foreach (var line in QueryNotes.Reductions(_results, _query))
        {
            _output.WriteLine(style.Accent(line));
        }

        _output.WriteLine(style.Dim(Header()));
        if (QueryNotes.AnyWord(_results) is { } anyWord)
        {
            _output.WriteLine(style.Dim(anyWord));
        }

        if (QueryNotes.Synonyms(_results) is { } synonyms)
        {
            _output.WriteLine(style.Dim(synonyms));
        }

        _output.WriteLine();
        var writer = new TextHitWriter(_output, style, _wrapWidth);
        var rank = _query.Skip;
        foreach (var hit in _results.Hits)
        {
            writer.Write(++rank, hit, withSnippets);
        }

        if (rank < (_results.TotalStories ?? _results.TotalHits) && _results.Hits.Count > 0)
        {
            _output.WriteLine(style.Dim(string.Create(CultureInfo.InvariantCulture, $"more: add --offset {rank}")));
        }

        FacetWriter.WriteText(_output, style, _query, _results);
    }

    private string Header()
    {
        var total = _results.TotalHits;
        var match = total == 1 ? "1 article matches" : string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? "no" : Formats.Number(total))} articles match");
        var header = $"{match} \"{_text}\"";
        if (_results.TotalStories is { } stories)
        {
            header += string.Create(CultureInfo.InvariantCulture, $", {Formats.Count(stories, "story", "stories")} once copies are folded");
        }

        if (total == 0)
        {
            return header;
        }

        return _results.Hits.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{header} (none shown from offset {_query.Skip})")
            : string.Create(CultureInfo.InvariantCulture, $"{header} (showing {_query.Skip + 1}-{_query.Skip + _results.Hits.Count})");
    }
}
