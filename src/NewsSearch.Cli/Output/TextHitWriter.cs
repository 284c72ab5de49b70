namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes a result list for people: a rank line with date and source, the headline, the byline,
/// highlighted snippets and the id to pass to <c>show</c>. The layout is the same piped or not;
/// only the ANSI styling goes.
/// </summary>
internal sealed class TextHitWriter
{
    private const string Indent = "    ";
    private readonly TextWriter _output;
    private readonly TextStyle _style;
    private readonly int? _width;

    /// <param name="output">Where the list goes.</param>
    /// <param name="style">ANSI styling or none.</param>
    /// <param name="width">Columns to wrap snippets to (a terminal's width); null leaves each snippet on one line, for pipes.</param>
    public TextHitWriter(TextWriter output, TextStyle style, int? width = null)
    {
        _output = output;
        _style = style;
        _width = width;
    }

    public void Write(int rank, SearchHit hit, bool withSnippets)
    {
        var titleSnippet = hit.Snippets.FirstOrDefault(s => s.Field == "title");
        var meta = new List<string> { hit.Published is { } published ? Formats.Day(published) : "undated" };
        if (!string.IsNullOrEmpty(hit.Source))
        {
            meta.Add(hit.Source);
        }

        _output.WriteLine($"{rank,3}. {_style.Accent(string.Join("  ", meta))}");

        // The title snippet is the whole headline with its matches marked: show it in place of the plain title.
        var title = titleSnippet is not null && withSnippets
            ? titleSnippet.Render(_style.MatchStart, _style.MatchEndInBold)
            : hit.Title ?? "(no title)";
        WriteWrapped(_style.Bold(OneLine(title)));
        if (!string.IsNullOrEmpty(hit.Byline))
        {
            WriteWrapped("By " + OneLine(hit.Byline));
        }

        if (withSnippets)
        {
            foreach (var snippet in hit.Snippets.Where(s => s.Field != "title"))
            {
                var label = snippet.Field is "body" ? "" : _style.Dim(snippet.Field + ": ");
                WriteWrapped(label + OneLine(snippet.Render(_style.MatchStart, _style.MatchEnd)));
            }
        }

        if (hit.Duplicates.Count > 0)
        {
            // Copies of the same story (query --collapse): how many, and who else ran it.
            var sources = hit.Duplicates.Select(d => d.Source ?? d.Id).Distinct(StringComparer.Ordinal);
            _output.WriteLine(Indent + _style.Accent($"+{hit.Duplicates.Count} similar") + ": " + OneLine(string.Join(", ", sources)));
        }

        if (hit.Explanation is { } explanation)
        {
            foreach (var line in QueryNotes.ExplanationLines(explanation))
            {
                _output.WriteLine(Indent + _style.Dim(line));
            }
        }

        _output.WriteLine(Indent + _style.Dim(hit.Id));
        _output.WriteLine();
    }

    private void WriteWrapped(string text)
    {
        if (_width is not { } width)
        {
            _output.WriteLine(Indent + text);
            return;
        }

        foreach (var line in TextWrap.Lines(text, width, Indent))
        {
            _output.WriteLine(line);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
