using System.Text;

namespace NewsSearch.Highlighting;

/// <summary>
/// Cuts a field value into passages around its matches, at sentence or word boundaries, and scores
/// each by how many distinct query words it holds; then renders the chosen ones as snippets.
/// </summary>
internal static class PassageFinder
{
    private const int TargetLength = 240;
    private const string Ellipsis = "…";

    /// <summary>
    /// Adds the non-overlapping passages of <paramref name="text"/>, best first, to <paramref name="into"/>;
    /// <paramref name="matches"/> are the value's matches in text order, which never overlap.
    /// </summary>
    public static void Add(string field, int fieldRank, string text, List<TextMatch> matches, List<Passage> into)
    {
        var all = matches.ToArray();
        if (text.Length <= TargetLength + 40)
        {
            into.Add(new Passage(field, fieldRank, text, 0, text.Length, all, 0, all.Length, Score(all, 0, all.Length), into.Count));
            return;
        }

        // Candidate windows start at each sentence holding a match; the best is the one covering most distinct words.
        var windows = new List<(int Start, int End, int First, int Last, int Score)>();
        foreach (var match in all)
        {
            var (start, end) = Window(text, match.Start);
            if (windows.Exists(w => w.Start == start && w.End == end))
            {
                continue;
            }

            var first = 0;
            while (first < all.Length && all[first].Start < start)
            {
                first++;
            }

            var last = first;
            while (last < all.Length && all[last].End <= end)
            {
                last++;
            }

            windows.Add((start, end, first, last, Score(all, first, last)));
        }

        windows.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Start.CompareTo(b.Start));
        var chosen = into.Count;
        foreach (var window in windows)
        {
            if (Overlaps(into, chosen, window.Start, window.End))
            {
                continue;
            }

            into.Add(new Passage(field, fieldRank, text, window.Start, window.End, all, window.First, window.Last, window.Score, into.Count));
        }
    }

    /// <summary>The passage as a snippet: whitespace runs folded to one space, highlights mapped onto the folded text.</summary>
    public static Snippet Render(Passage passage)
    {
        var (text, start, end) = (passage.Value, passage.Start, passage.End);
        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < text.Length ? Ellipsis : "";

        // Paragraph breaks and runs of spaces become one space; map offsets so ranges still fit.
        var builder = new StringBuilder(prefix, end - start + 2);
        var map = new int[end - start + 1];
        for (var i = start; i < end; i++)
        {
            map[i - start] = builder.Length;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > prefix.Length && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        map[end - start] = builder.Length;
        var ranges = new List<Range>(passage.Last - passage.First);
        var last = -1;
        for (var i = passage.First; i < passage.Last; i++)
        {
            var match = passage.Matches[i];
            if (match.Start < start || match.End > end || match.Start < last)
            {
                continue;
            }

            // Han characters are indexed one by one: 新 and 疆 side by side read as one highlight, 新疆.
            if (match.Start == last && ranges.Count > 0)
            {
                ranges[^1] = new Range(ranges[^1].Start, map[match.End - start]);
            }
            else
            {
                ranges.Add(new Range(map[match.Start - start], map[match.End - start]));
            }

            last = match.End;
        }

        return new Snippet { Field = passage.Field, Text = builder.Append(suffix).ToString(), Highlights = ranges };
    }

    private static bool Overlaps(List<Passage> passages, int from, int start, int end)
    {
        for (var i = from; i < passages.Count; i++)
        {
            if (start < passages[i].End && end > passages[i].Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>100 per distinct query word, plus one per match: the passage holding most of the query wins.</summary>
    private static int Score(TextMatch[] matches, int first, int last)
    {
        var distinct = 0;
        for (var i = first; i < last; i++)
        {
            var seen = false;
            for (var j = first; j < i && !seen; j++)
            {
                seen = string.Equals(matches[j].Term, matches[i].Term, StringComparison.Ordinal);
            }

            distinct += seen ? 0 : 1;
        }

        return (distinct * 100) + (last - first);
    }

    /// <summary>A window of about TargetLength characters starting at the sentence that holds <paramref name="offset"/>.</summary>
    private static (int Start, int End) Window(string text, int offset)
    {
        var start = SentenceStart(text, offset);
        if (offset - start > TargetLength / 2)
        {
            // A long sentence: start a few words before the match instead.
            start = WordStart(text, Math.Max(0, offset - 60));
        }

        var end = Math.Min(text.Length, start + TargetLength);
        if (end < text.Length)
        {
            var sentenceEnd = SentenceEnd(text, start + (TargetLength / 2), end);
            end = sentenceEnd > 0 ? sentenceEnd : WordEnd(text, end);
        }

        return (start, end);
    }

    private static int SentenceStart(string text, int offset)
    {
        for (var i = offset - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?' or '"' or '”'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int from, int limit)
    {
        for (var i = Math.Min(limit, text.Length) - 1; i >= from; i--)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int WordStart(string text, int offset)
    {
        while (offset > 0 && !char.IsWhiteSpace(text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    private static int WordEnd(string text, int offset)
    {
        while (offset < text.Length && !char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return offset;
    }
}
