namespace NewsSearch.Search.Suggestions;

/// <summary>A word of the index that a misspelt query word may have meant.</summary>
/// <param name="Term">The indexed (analysed) term.</param>
/// <param name="Edits">Edits from the query word, or from the nearest entry of the synonym group the term belongs to.</param>
/// <param name="DocFreq">How many articles hold it.</param>
/// <param name="KnownVariant">Whether it was reached through a synonym group: a spelling of a name the list knows.</param>
internal sealed record SpellingCandidate(string Term, int Edits, int DocFreq, bool KnownVariant)
{
    /// <summary>Adds one segment's count of <paramref name="term"/>: a word's article count is the sum over segments.</summary>
    public static void AddSegmentCount(Dictionary<string, SpellingCandidate> found, string term, int edits, int docFreq) =>
        found[term] = found.TryGetValue(term, out var known)
            ? known with { DocFreq = known.DocFreq + docFreq, Edits = Math.Min(known.Edits, edits) }
            : new SpellingCandidate(term, edits, docFreq, KnownVariant: false);
}
