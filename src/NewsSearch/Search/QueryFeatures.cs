using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Indexing;
using NewsSearch.Search.Explanations;
using NewsSearch.Search.Suggestions;
using NewsSearch.Search.Synonyms;

namespace NewsSearch.Search;

/// <summary>
/// What a searcher adds around parsing and running a query: synonym expansion, "did you mean"
/// and the term display for explanations. Immutable and thread-safe, one per searcher.
/// </summary>
internal sealed class QueryFeatures
{
    private readonly Analyzer _analyzer = NewsAnalyzer.Create();
    private readonly SynonymMaps _synonyms;
    private readonly bool _spellingDictionaries;

    private QueryFeatures(NewsSearcherOptions options)
    {
        _synonyms = SynonymMaps.Load(options, _analyzer);

        // Building each segment's spelling dictionary pays off over many searches, not in one.
        _spellingDictionaries = !options.FewSearches;
    }

    /// <exception cref="NewsSearchException">A synonym file cannot be read or is malformed.</exception>
    public static QueryFeatures Create(NewsSearcherOptions? options) => new(options ?? NewsSearcherOptions.Default);

    /// <summary>Parses the query text and, unless turned off, adds the spelling variants.</summary>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public ExpandedQuery Expand(NewsQuery query) => Compile(query).Expanded;

    /// <summary>
    /// Parses the query text, adds the spelling variants unless turned off, and loosens a long
    /// natural-language query to any-word matching; also returns the clauses as the user wrote them.
    /// </summary>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public (ExpandedQuery Expanded, ParsedQuery Parsed) Compile(NewsQuery query)
    {
        var parsed = QueryCompiler.Compile(query.Text, _analyzer, query.MatchAny);
        var expanded = query.ExpandSynonyms ? SynonymExpander.Expand(parsed.Query, _synonyms) : ExpandedQuery.Unchanged(parsed.Query);

        // Loosened after the synonyms, which rebuild boolean queries as plain ones.
        // Text read as a question loses its question words with --any too; only the default
        // mode also loosens it from all words to any word.
        if (!parsed.ReadsAsText)
        {
            return (expanded, parsed);
        }

        var (loosened, parts) = QueryCompiler.Loosen(expanded.Query, parsed.Parts);
        return (expanded with { Query = loosened }, parsed with { Parts = parts });
    }

    public TermDisplay Display(NewsQuery query, ExpandedQuery parsed) =>
        TermDisplay.Build(query.Text, _analyzer, parsed.VariantOf, _synonyms.For(FieldNames.Body));

    /// <summary>"Did you mean" for a query that found little as typed (a relaxed, partial match counts as nothing).</summary>
    public SpellingSuggestion? Suggest(IndexSearcher searcher, NewsQuery query, Filter? filter, int hitsAsWritten)
    {
        if (!query.SuggestSpelling || hitsAsWritten >= SpellingSuggester.FewHits)
        {
            return null;
        }

        return SuggestionCache.GetOrAdd(
            searcher.IndexReader,
            query,
            hitsAsWritten,
            () => SpellingSuggester.Suggest(searcher.IndexReader, _analyzer, query.Text, _synonyms.For(FieldNames.Body), query.ExpandSynonyms, _spellingDictionaries, CountHits, hitsAsWritten));

        int CountHits(string text)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(Expand(query with { Text = text }).Query, filter, counter);
            return counter.TotalHits;
        }
    }
}
