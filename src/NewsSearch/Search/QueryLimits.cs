using System.Globalization;

namespace NewsSearch.Search;

/// <summary>
/// Bounds on what one query may ask for, checked before any of it runs: the work of parsing and
/// compiling a query grows with these, and no time limit can stop work that has not reached a
/// checkpoint. Each bound leaves room for any query a person writes by hand.
/// </summary>
internal static class QueryLimits
{
    /// <summary>More words than this is a pasted document, not a query; the clause limit (1024) would reject it anyway, later.</summary>
    public const int MaxWords = 1024;

    public const int MaxLength = 32 * 1024;

    /// <summary>
    /// Character positions in a regular expression, counting <c>x{n}</c> as n. Compiling a pattern
    /// means determinising an automaton, which Lucene 4.8 cannot bound or interrupt and which grows
    /// as 2^positions for patterns like <c>.*a.{n}</c>: the limit is where compiling still ends well
    /// inside the default query budget, and each position past it doubles the time.
    /// </summary>
    public const int MaxRegexPositions = 12;

    /// <summary>Single-character wildcards after a <c>*</c>; they blow up like regular expressions (<c>*a?????????</c> is 2^10 states).</summary>
    public const int MaxWildcardQuestionMarksAfterStar = 8;

    public const int MaxPatternLength = 256;

    /// <summary>Rejects a query text too long to be a query, before it is parsed.</summary>
    /// <exception cref="InvalidQueryException">The text is too long.</exception>
    public static void CheckText(string text)
    {
        var words = CountWords(text);
        if (words > MaxWords)
        {
            throw new InvalidQueryException(text, string.Create(CultureInfo.InvariantCulture, $"invalid query: it has {words:N0} words; at most {MaxWords:N0} are allowed"));
        }

        if (text.Length > MaxLength)
        {
            throw new InvalidQueryException(text, string.Create(CultureInfo.InvariantCulture, $"invalid query: it is {text.Length:N0} characters long; at most {MaxLength:N0} are allowed"));
        }
    }

    /// <summary>Null when the pattern may be compiled, else why not.</summary>
    public static string? CheckRegex(string pattern)
    {
        if (pattern.Length > MaxPatternLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the regular expression is longer than {MaxPatternLength} characters");
        }

        var positions = RegexPositions(pattern);
        return positions > MaxRegexPositions
            ? string.Create(CultureInfo.InvariantCulture, $"the regular expression /{pattern}/ is too complex ({positions} character positions, counting x{{n}} as n; at most {MaxRegexPositions}); use a shorter pattern or a wildcard")
            : null;
    }

    /// <summary>Null when the wildcard pattern may be compiled, else why not.</summary>
    public static string? CheckWildcard(string pattern)
    {
        if (pattern.Length > MaxPatternLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the wildcard pattern is longer than {MaxPatternLength} characters");
        }

        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        var questionMarks = star < 0 ? 0 : pattern.AsSpan(star).Count('?');
        return questionMarks > MaxWildcardQuestionMarksAfterStar
            ? string.Create(CultureInfo.InvariantCulture, $"the wildcard pattern '{pattern}' has {questionMarks} '?' after a '*'; at most {MaxWildcardQuestionMarksAfterStar} are allowed")
            : null;
    }

    /// <summary>
    /// An upper bound on the character positions of a Lucene regular expression: each literal,
    /// class or <c>.</c> counts one, a group counts its contents, alternatives add up, and a
    /// repetition <c>{n,m}</c> multiplies by m (n when unbounded, at least 1). Saturates rather than overflows.
    /// </summary>
    public static int RegexPositions(string pattern)
    {
        var index = 0;
        return Sequence(pattern, ref index, topLevel: true);
    }

    private static int Sequence(string pattern, ref int index, bool topLevel)
    {
        var total = 0;
        while (index < pattern.Length)
        {
            var c = pattern[index];
            if (c == ')')
            {
                if (topLevel)
                {
                    index++;
                    continue;
                }

                return total;
            }

            if (c == '|')
            {
                index++;
                continue;
            }

            var atom = Atom(pattern, ref index);
            atom = Saturate((long)atom * Repetition(pattern, ref index));
            total = Saturate((long)total + atom);
        }

        return total;
    }

    private static int Atom(string pattern, ref int index)
    {
        var c = pattern[index++];
        switch (c)
        {
            case '\\':
                index = Math.Min(index + 1, pattern.Length);
                return 1;
            case '[':
                while (index < pattern.Length && pattern[index] != ']')
                {
                    index += pattern[index] == '\\' ? 2 : 1;
                }

                index = Math.Min(index + 1, pattern.Length);
                return 1;
            case '(':
                var inner = Sequence(pattern, ref index, topLevel: false);
                if (index < pattern.Length && pattern[index] == ')')
                {
                    index++;
                }

                return inner;
            case '"':
                var start = index;
                while (index < pattern.Length && pattern[index] != '"')
                {
                    index++;
                }

                var quoted = index - start;
                index = Math.Min(index + 1, pattern.Length);
                return Math.Max(1, quoted);
            default:
                return 1;
        }
    }

    private static int Repetition(string pattern, ref int index)
    {
        var factor = 1L;
        while (index < pattern.Length)
        {
            var c = pattern[index];
            if (c is '*' or '+' or '?')
            {
                index++;
                continue;
            }

            if (c != '{')
            {
                break;
            }

            var close = pattern.IndexOf('}', index);
            if (close < 0)
            {
                break;
            }

            var bounds = pattern.AsSpan(index + 1, close - index - 1);
            index = close + 1;
            var comma = bounds.IndexOf(',');
            var text = comma < 0 ? bounds : bounds[(comma + 1)..].Trim().IsEmpty ? bounds[..comma] : bounds[(comma + 1)..];
            factor *= long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Max(1, n) : int.MaxValue;
            factor = Math.Min(factor, int.MaxValue);
        }

        return (int)factor;
    }

    private static int Saturate(long value) => (int)Math.Min(value, int.MaxValue);

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
