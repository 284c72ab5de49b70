using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Synonyms;

/// <summary>A query after synonym expansion, with a record of what was added.</summary>
/// <param name="Query">The query to run.</param>
/// <param name="Expansions">Each expanded word (as the synonym list writes it) and the variants added for it.</param>
/// <param name="VariantOf">
/// For each added variant's key (analysed terms joined by spaces), the query word it stands in
/// for, so an explanation can say "synonym of Uighur".
/// </param>
internal sealed record ExpandedQuery(
    Query Query,
    IReadOnlyList<(string Word, IReadOnlyList<SynonymEntry> Variants)> Expansions,
    IReadOnlyDictionary<string, string> VariantOf)
{
    public static ExpandedQuery Unchanged(Query query) => new(query, [], new Dictionary<string, string>());

    /// <summary>
    /// The expansions to tell the user about: only variants that some article uses, so that
    /// searching Xinjiang does not announce a Sinkiang no article in this index writes.
    /// </summary>
    public IReadOnlyList<SynonymExpansion> UsedIn(IndexReader reader) =>
    [
        .. Expansions
            .Select(e => new SynonymExpansion(e.Word, [.. e.Variants.Where(v => v.Terms.All(t => Occurs(reader, t))).Select(v => v.Text)]))
            .Where(e => e.Variants.Count > 0),
    ];

    private static bool Occurs(IndexReader reader, string term) =>
        FieldNames.DefaultSearchFields.Any(field => reader.DocFreq(new Term(field, term)) > 0);
}
