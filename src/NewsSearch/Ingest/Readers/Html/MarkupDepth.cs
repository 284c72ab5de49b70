using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Measures how deeply a page nests its elements before it is parsed. The HTML5 tree builder checks
/// the stack of open elements for every tag, so a page nested tens of thousands of levels deep (which
/// no real page is: browsers cap depth at a few hundred) costs quadratic time; such a page is refused.
/// Elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c> …) are not counted, so old
/// pages that never close their paragraphs are not mistaken for deep ones.
/// </summary>
internal static partial class MarkupDepth
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    /// <summary>Whether <paramref name="html"/> nests counted elements deeper than <paramref name="limit"/>.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        foreach (var match in Tag().EnumerateMatches(html))
        {
            var tag = html.AsSpan(match.Index, match.Length);
            var closing = tag[1] == '/';
            var nameStart = closing ? 2 : 1;
            var nameEnd = nameStart;
            while (nameEnd < tag.Length && (char.IsAsciiLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (NotCounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tag[nameStart..nameEnd]) || tag[^2] == '/')
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9\-]*(\s[^<>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
