using System.Text;
using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes search hits as JSON Lines, one object per hit with a fixed set of keys (null when
/// unknown) so that tools like jq can rely on them.
/// </summary>
internal sealed class JsonHitWriter : IDisposable
{
    private readonly JsonLineWriter _lines;
    private readonly bool _withDuplicates;
    private readonly string? _watch;

    /// <param name="output">Where the lines go.</param>
    /// <param name="withDuplicates">Add a "duplicates" array to every hit (query --collapse).</param>
    /// <param name="watch">Add a "watch" key naming the saved search (watch run).</param>
    public JsonHitWriter(TextWriter output, bool withDuplicates = false, string? watch = null)
    {
        _lines = new JsonLineWriter(output);
        _withDuplicates = withDuplicates;
        _watch = watch;
    }

    public void Write(SearchHit hit) => _lines.WriteLine(json => WriteHit(json, hit, _withDuplicates, _watch, null, []));

    /// <summary>Writes a hit with the article fields asked for by <c>--fields</c>, read from <paramref name="article"/>.</summary>
    public void Write(SearchHit hit, NewsArticle? article, IReadOnlyList<string> fields) =>
        _lines.WriteLine(json => WriteHit(json, hit, _withDuplicates, _watch, article, fields));

    public void Dispose() => _lines.Dispose();

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit, bool withDuplicates, string? watch, NewsArticle? article, IReadOnlyList<string> fields)
    {
        json.WriteStartObject();
        if (watch is not null)
        {
            json.WriteString("watch", watch);
        }

        json.WriteString("id", hit.Id);
        if (float.IsFinite(hit.Score))
        {
            json.WriteNumber("score", hit.Score);
        }
        else
        {
            json.WriteNull("score");
        }

        JsonLineWriter.WriteStringOrNull(json, "title", hit.Title);
        JsonLineWriter.WriteStringOrNull(json, "source", hit.Source);
        JsonLineWriter.WriteStringOrNull(json, "byline", hit.Byline);
        JsonLineWriter.WriteStringOrNull(json, "published", hit.Published is { } published ? Formats.IsoDate(published) : null);
        JsonLineWriter.WriteStringOrNull(json, "url", hit.Url);
        HitFields.WriteJson(json, article, fields);
        json.WriteStartArray("snippets");
        foreach (var snippet in hit.Snippets)
        {
            WriteSnippet(json, snippet);
        }

        json.WriteEndArray();
        if (withDuplicates)
        {
            NearDuplicateJson.WriteArray(json, hit.Duplicates);
        }

        if (hit.Explanation is { } explanation)
        {
            QueryNotes.WriteExplanation(json, explanation);
        }

        json.WriteEndObject();
    }

    private static void WriteSnippet(Utf8JsonWriter json, Snippet snippet)
    {
        json.WriteStartObject();
        json.WriteString("field", snippet.Field);
        json.WriteString("text", snippet.Text);

        // [start, end) offsets into text, counted in UTF-16 code units as JavaScript strings are.
        json.WriteStartArray("highlights");
        foreach (var range in snippet.Highlights)
        {
            var (start, length) = range.GetOffsetAndLength(snippet.Text.Length);
            json.WriteStartArray();
            json.WriteNumberValue(start);
            json.WriteNumberValue(start + length);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteString("html", snippet.Render("<b>", "</b>", HtmlEscape));
        json.WriteEndObject();
    }

    // Only the characters that matter in HTML text and attributes; WebUtility.HtmlEncode would also turn é into &#233;.
    private static string HtmlEscape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
