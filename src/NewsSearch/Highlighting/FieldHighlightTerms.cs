namespace NewsSearch.Highlighting;

/// <summary>What marks a token of one field as matched: its analysed term is one of the query's terms, or fits one of its patterns.</summary>
internal sealed class FieldHighlightTerms
{
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<TermPattern> _patterns = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FieldHighlightTerms()
    {
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The exact terms: postings say how often each occurs in a hit.</summary>
    public IReadOnlyCollection<string> Terms => _terms;

    /// <summary>True when some part of the query is a pattern, so the postings cannot say how many tokens match.</summary>
    public bool HasPatterns => _patterns.Count > 0;

    public void Add(string term) => _terms.Add(term);

    public void Add(TermPattern pattern) => _patterns.Add(pattern);

    /// <summary>The query's spelling of the analysed token in <paramref name="buffer"/> when it matches, else null.</summary>
    public string? Match(char[] buffer, int length)
    {
        if (_lookup.TryGetValue(buffer.AsSpan(0, length), out var term))
        {
            return term;
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Matches(buffer, length))
            {
                return new string(buffer, 0, length);
            }
        }

        return null;
    }
}
