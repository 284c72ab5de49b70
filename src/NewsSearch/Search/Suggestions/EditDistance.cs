using System.Numerics;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbours each cost one, as in Lucene's fuzzy matching with transpositions (Ugyhur → Uyghur is one edit).
/// </summary>
internal static class EditDistance
{
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <paramref name="max"/>, else <c>max + 1</c>: stops at the first row whose every cell is over,
    /// without allocating, so a dictionary of thousands of words can be scanned per query.
    /// </summary>
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || BitOperations.PopCount(Letters(a) ^ Letters(b)) > 2 * max)
        {
            return max + 1;
        }

        // Three rows (two back, for swaps of neighbours); words are short, so they live on the stack.
        var width = b.Length + 1;
        if (width > 64)
        {
            return Math.Min(Between(a, b), max + 1);
        }

        Span<int> older = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, older[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = older;
            older = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// Which of 64 letter classes occur in the word (a to z are classes of their own). An edit changes
    /// at most two classes (a substitution drops one letter and brings another; a swap none), so two
    /// words whose sets differ in more than two per edit cannot be within reach: most dictionary words
    /// and synonym keys of the right length are ruled out by this without filling a row.
    /// </summary>
    private static ulong Letters(ReadOnlySpan<char> word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }
}
