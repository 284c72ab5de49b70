using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace NewsSearch.Highlighting;

/// <summary>
/// The words a prefix, wildcard, regular-expression or fuzzy query part stands for, tested on each
/// analysed token of a hit's text. Expanding such a part against the whole index to learn its
/// words costs as much as the search itself (a fuzzy word is an automaton walked over every term);
/// testing the few tokens of ten hits costs next to nothing.
/// </summary>
internal sealed class TermPattern
{
    private readonly string? _prefix;
    private readonly CharacterRunAutomaton? _automaton;
    private readonly Fuzzy? _fuzzy;

    private TermPattern(string? prefix, CharacterRunAutomaton? automaton, Fuzzy? fuzzy)
    {
        _prefix = prefix;
        _automaton = automaton;
        _fuzzy = fuzzy;
    }

    /// <summary>A pattern for <paramref name="query"/>, or null for kinds it does not know (ranges), which are expanded against the index instead.</summary>
    public static TermPattern? TryCreate(MultiTermQuery query) => query switch
    {
        PrefixQuery prefix => new TermPattern(prefix.Prefix.Text, null, null),
        AutomatonQuery automaton => new TermPattern(null, new CharacterRunAutomaton(automaton.Automaton), null),
        FuzzyQuery fuzzy => new TermPattern(null, null, new Fuzzy(fuzzy.Term.Text, fuzzy.MaxEdits, fuzzy.PrefixLength, fuzzy.Transpositions)),
        _ => null,
    };

    public bool Matches(char[] buffer, int length)
    {
        var word = buffer.AsSpan(0, length);
        if (_prefix is not null)
        {
            return word.StartsWith(_prefix, StringComparison.Ordinal);
        }

        return _automaton?.Run(buffer, 0, length) ?? IsFuzzyMatch(word, _fuzzy!);
    }

    /// <summary>
    /// As FuzzyTermsEnum accepts a term: the same first PrefixLength characters, at most MaxEdits
    /// edits (a swap of neighbours counting as one with Transpositions), and fewer edits than the
    /// shorter word has characters, or any short word would match.
    /// </summary>
    private static bool IsFuzzyMatch(ReadOnlySpan<char> word, Fuzzy fuzzy)
    {
        var term = fuzzy.Term.AsSpan();
        var maxEdits = fuzzy.MaxEdits;
        var prefix = Math.Min(fuzzy.PrefixLength, term.Length);
        if (word.Length < prefix || !word[..prefix].SequenceEqual(term[..prefix]) || Math.Abs(word.Length - term.Length) > maxEdits)
        {
            return false;
        }

        var edits = EditDistance(word[prefix..], term[prefix..], fuzzy.Transpositions, maxEdits);
        return edits == 0 || (edits <= maxEdits && edits < Math.Min(word.Length, term.Length));
    }

    /// <summary>Levenshtein distance (optimal string alignment when <paramref name="transpositions"/>), or more than <paramref name="limit"/> once it must exceed it.</summary>
    private static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 1024 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>A fuzzy word's parameters, read once: <c>Term.Text</c> decodes the term's bytes anew on every call.</summary>
    private sealed record Fuzzy(string Term, int MaxEdits, int PrefixLength, bool Transpositions);
}
