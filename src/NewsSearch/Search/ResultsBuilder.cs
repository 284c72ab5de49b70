using Lucene.Net.Search;
using NewsSearch.Highlighting;
using NewsSearch.Search.Collapse;
using NewsSearch.Search.Explanations;
using NewsSearch.Search.Facets;
using NewsSearch.Search.Suggestions;
using NewsSearch.Search.Synonyms;

namespace NewsSearch.Search;

/// <summary>
/// Runs one search over a budgeted snapshot and assembles its page: hits with snippets,
/// explanations and folded copies, facet counts, the story count and "did you mean".
/// Hits are materialised here, before the caller's lease on the snapshot ends.
/// </summary>
internal static class ResultsBuilder
{
    public static SearchResults Build(IndexSearcher searcher, NewsQuery query, ExpandedQuery parsed, ParsedQuery shape, QueryFeatures features, QueryBudget budget, bool listFromStoredFields)
    {
        var filter = QueryCompiler.BuildFilter(query);
        var (topDocs, used, partial) = QueryExecutor.Execute(searcher, parsed.Query, shape, filter, query, budget);
        var hits = new List<SearchHit>(Math.Min(query.Take, topDocs.ScoreDocs.Length));
        var snippetBuilder = query.Highlight ? new SnippetBuilder(searcher.IndexReader, HighlightTerms.Extract(used, searcher.IndexReader)) : null;
        var display = query.Explain ? features.Display(query, parsed) : null;
        var stories = query.Collapse ? StoryClusters.Build(searcher, used, filter, budget) : null;
        var page = stories?.Page(query.Skip, query.Take, topDocs.TotalHits, n => QueryExecutor.Run(searcher, used, filter, query with { Skip = 0, Take = n }, budget))
            ?? topDocs.ScoreDocs.Skip(query.Skip);
        foreach (var scoreDoc in page)
        {
            budget.Check();
            var snippets = snippetBuilder?.Build(scoreDoc.Doc, query.MaxSnippets) ?? [];
            var hit = listFromStoredFields
                ? ListFieldReader.ReadStored(searcher.IndexReader, scoreDoc.Doc, scoreDoc.Score, snippets)
                : ListFieldReader.Read(searcher.IndexReader, scoreDoc.Doc, scoreDoc.Score, snippets);
            hit = display is null ? hit : hit with { Explanation = HitExplainer.Explain(searcher, used, scoreDoc.Doc, display) };
            hits.Add(stories is null ? hit : hit with { Duplicates = stories.DuplicatesOf(searcher.IndexReader, scoreDoc.Doc) });
        }

        var didYouMean = Suggest(searcher, query, filter, features, partial is null ? topDocs.TotalHits : 0);
        return new SearchResults
        {
            TotalHits = topDocs.TotalHits,
            Hits = hits,
            PartialMatch = partial,
            Synonyms = parsed.UsedIn(searcher.IndexReader),
            DidYouMean = didYouMean?.Text,
            DidYouMeanHits = didYouMean?.Hits,
            Facets = FacetCounter.Count(searcher, used, filter, query, budget),
            TotalStories = stories?.Count,
            MatchedAnyWord = shape.Verbose && !query.MatchAny,
            IgnoredWords = shape.StopWords,
            OperatorLikeWords = shape.OperatorLikeWords,
            UndatedLeftOut = query.Since is null && query.Until is null ? 0 : ReducedResults.CountUndated(searcher, used, query),
            UnknownSources = ReducedResults.UnknownSources(searcher.IndexReader, query.Sources),
        };
    }

    private static SpellingSuggestion? Suggest(IndexSearcher searcher, NewsQuery query, Filter? filter, QueryFeatures features, int hitsAsWritten)
    {
        try
        {
            return features.Suggest(searcher, query, filter, hitsAsWritten);
        }
        catch (QueryBudgetExceededException)
        {
            // The hits are found; a suggestion that runs out of time is left out rather than failing them.
            return null;
        }
    }
}
