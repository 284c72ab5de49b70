namespace NewsSearch.Search.Synonyms;

/// <summary>A query after synonym expansion, with a record of what was added.</summary>
/// <param name="Query">The query to run.</param>
/// <param name="Expansions">The words that were expanded, for the caller to show.</param>
/// <param name="VariantOf">
/// For each added variant's key (analysed terms joined by spaces), the query word it stands in
/// for, so an explanation can say "synonym of Uighur".
/// </param>
internal sealed record ExpandedQuery(
    Lucene.Net.Search.Query Query,
    IReadOnlyList<SynonymExpansion> Expansions,
    IReadOnlyDictionary<string, string> VariantOf)
{
    public static ExpandedQuery Unchanged(Lucene.Net.Search.Query query) =>
        new(query, [], new Dictionary<string, string>());
}
