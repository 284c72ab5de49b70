using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes hits as CSV (RFC 4180: a header row, comma-separated, fields with a comma, quote or line
/// break quoted with quotes doubled, CRLF between records) for spreadsheets and data frames.
/// Columns: rank, id, score, published (ISO 8601 UTC), source, title, byline, url, snippet (the
/// first passage as plain text), then the --fields asked for.
/// </summary>
internal sealed class CsvHitWriter
{
    private static readonly string[] Columns = ["rank", "id", "score", "published", "source", "title", "byline", "url", "snippet"];

    private readonly TextWriter _output;
    private readonly IReadOnlyList<string> _fields;

    public CsvHitWriter(TextWriter output, IReadOnlyList<string> fields)
    {
        _output = output;
        _fields = fields;
    }

    public void WriteHeader() => WriteRecord([.. Columns, .. _fields]);

    public void Write(int rank, SearchHit hit, NewsArticle? article)
    {
        var snippet = hit.Snippets.FirstOrDefault(s => s.Field != "title") ?? (hit.Snippets.Count > 0 ? hit.Snippets[0] : null);
        List<string?> values =
        [
            rank.ToString(CultureInfo.InvariantCulture),
            hit.Id,
            float.IsFinite(hit.Score) ? hit.Score.ToString("0.####", CultureInfo.InvariantCulture) : null,
            hit.Published is { } published ? Formats.IsoDate(published) : null,
            hit.Source,
            hit.Title,
            hit.Byline,
            hit.Url,
            snippet?.Text,
        ];
        values.AddRange(_fields.Select(field => HitFields.Text(article, field)));
        WriteRecord(values);
    }

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private void WriteRecord(IEnumerable<string?> values)
    {
        _output.Write(string.Join(',', values.Select(Escape)));
        // RFC 4180 ends records with CRLF; the CR is the CLI's own, so the terminal filter lets it through.
        _output.Write(TerminalSafeWriter.Raw('\r') + "\n");
    }
}
