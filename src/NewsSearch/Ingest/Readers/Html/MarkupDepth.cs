namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Measures how deeply a page nests its elements before it is parsed. The HTML5 tree builder checks
/// the stack of open elements for every tag, so a page nested tens of thousands of levels deep (which
/// no real page is: browsers cap depth at a few hundred) costs quadratic time; such a page is refused.
/// Elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c> …) are not counted, so old
/// pages that never close their paragraphs are not mistaken for deep ones.
/// </summary>
internal static class MarkupDepth
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    /// <summary>Whether <paramref name="html"/> nests counted elements deeper than <paramref name="limit"/>.</summary>
    public static bool Exceeds(ReadOnlySpan<char> html, int limit)
    {
        var depth = 0;
        var lookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; TryNextTag(html, ref at, out var tag, out var name);)
        {
            if (lookup.Contains(name) || tag[^2] == '/')
            {
                continue;
            }

            depth = tag[1] == '/' ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The next tag at or after <paramref name="at"/>, as the pattern <c>&lt;/?[A-Za-z][A-Za-z0-9\-]*(\s[^&lt;&gt;]*)?&gt;</c>
    /// finds them (a test holds the two to the same matches): '&lt;', an optional '/', a name, then '&gt;' at
    /// once or after white space and anything but angle brackets. Scanned by hand: the regex engine was a
    /// tenth of the reader's own time on large pages.
    /// </summary>
    internal static bool TryNextTag(ReadOnlySpan<char> html, ref int at, out ReadOnlySpan<char> tag, out ReadOnlySpan<char> name)
    {
        while (at < html.Length)
        {
            var open = html[at..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            open += at;

            var end = TagEnd(html, open, out var nameStart, out var nameEnd);
            if (end < 0)
            {
                at = open + 1;
                continue;
            }

            tag = html.Slice(open, end - open + 1);
            name = html.Slice(nameStart, nameEnd - nameStart);
            at = end + 1;
            return true;
        }

        at = html.Length;
        tag = default;
        name = default;
        return false;
    }

    /// <summary>The index of the '&gt;' ending the tag that starts at <paramref name="open"/>, or -1 when none starts there; where its name lies.</summary>
    private static int TagEnd(ReadOnlySpan<char> html, int open, out int nameStart, out int nameEnd)
    {
        var at = open + 1;
        if (at < html.Length && html[at] == '/')
        {
            at++;
        }

        nameStart = at;
        nameEnd = at;
        if (at >= html.Length || !char.IsAsciiLetter(html[at]))
        {
            return -1;
        }

        while (++at < html.Length && IsNameCharacter(html[at]))
        {
        }

        nameEnd = at;

        if (at >= html.Length)
        {
            return -1;
        }

        if (html[at] == '>')
        {
            return at;
        }

        if (!char.IsWhiteSpace(html[at]))
        {
            return -1;
        }

        var bracket = html[(at + 1)..].IndexOfAny('<', '>');
        return bracket >= 0 && html[at + 1 + bracket] == '>' ? at + 1 + bracket : -1;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
