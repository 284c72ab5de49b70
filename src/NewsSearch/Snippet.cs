using System.Text;

namespace NewsSearch;

/// <summary>
/// A passage of an article that matched a query: plain text plus the ranges of the matched words,
/// so callers render the highlighting their way (ANSI colour, HTML, Markdown).
/// </summary>
public sealed record Snippet
{
    /// <summary>The field the passage comes from: <c>body</c>, <c>captions</c>, <c>title</c> or <c>subtitle</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The passage text; an ellipsis marks where it was cut from longer text.</summary>
    public required string Text { get; init; }

    /// <summary>The matched words, as ranges into <see cref="Text"/> in ascending order.</summary>
    public required IReadOnlyList<Range> Highlights { get; init; }

    /// <summary>Renders the passage with each highlight wrapped in <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="before">Inserted before each matched word, e.g. <c>&lt;b&gt;</c> or an ANSI bold code.</param>
    /// <param name="after">Inserted after each matched word.</param>
    /// <param name="escape">Applied to the text between and inside highlights (e.g. HTML encoding); identity when null.</param>
    public string Render(string before, string after, Func<string, string>? escape = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        escape ??= static s => s;
        var builder = new StringBuilder(Text.Length + (Highlights.Count * (before.Length + after.Length)));
        var position = 0;
        foreach (var range in Highlights)
        {
            var (start, length) = range.GetOffsetAndLength(Text.Length);
            builder.Append(escape(Text[position..start])).Append(before).Append(escape(Text.Substring(start, length))).Append(after);
            position = start + length;
        }

        return builder.Append(escape(Text[position..])).ToString();
    }
}
