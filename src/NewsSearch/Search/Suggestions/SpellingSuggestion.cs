namespace NewsSearch.Search.Suggestions;

/// <summary>A corrected query text and how many articles it finds, with the request's filters.</summary>
/// <param name="Text">The query with its misspelt words replaced.</param>
/// <param name="Hits">How many articles the corrected query finds.</param>
internal sealed record SpellingSuggestion(string Text, int Hits);
