using Lucene.Net.Index;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// Whole "did you mean" answers, correction and hit count, by the request they answer. A search
/// that finds little asks for one every time it runs, and the hit count of the corrected query is a
/// second search, as costly as the first; the same misspelt query with the same filters on the same
/// snapshot always gets the same answer, so it is worked out once. Everything the count depends
/// on is in the key: the text, the mode, synonym expansion and every filter.
/// </summary>
internal static class SuggestionCache
{
    /// <summary>Enough for a day's distinct misspelt queries.</summary>
    private const int MaxRequests = 10_000;

    private const char Separator = '\u001F';

    private static readonly SnapshotCache<Key, SpellingSuggestion?> Answers = new(MaxRequests);

    public static SpellingSuggestion? GetOrAdd(IndexReader reader, NewsQuery query, int hitsAsWritten, Func<SpellingSuggestion?> suggest) =>
        Answers.GetOrAdd(reader, KeyOf(query, hitsAsWritten), suggest);

    private static Key KeyOf(NewsQuery query, int hitsAsWritten) => new(
        query.Text,
        query.MatchAny,
        query.ExpandSynonyms,
        query.Since,
        query.Until,
        string.Join(Separator, query.Sources),
        string.Join(Separator, query.Sections),
        string.Join(Separator, query.Tags),
        hitsAsWritten);

    private readonly record struct Key(
        string Text,
        bool MatchAny,
        bool ExpandSynonyms,
        DateTimeOffset? Since,
        DateTimeOffset? Until,
        string Sources,
        string Sections,
        string Tags,
        int HitsAsWritten);
}
