namespace NewsSearch.Search.Suggestions;

/// <summary>A word of the index that a misspelt query word may have meant.</summary>
/// <param name="Term">The indexed (analysed) term.</param>
/// <param name="Edits">Edits from the query word, or from the nearest entry of the synonym group the term belongs to.</param>
/// <param name="DocFreq">How many articles hold it.</param>
/// <param name="KnownVariant">Whether it was reached through a synonym group: a spelling of a name the list knows.</param>
internal sealed record SpellingCandidate(string Term, int Edits, int DocFreq, bool KnownVariant);
