using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Highlighting;
using NewsSearch.Indexing;
using NewsSearch.Indexing.Arrival;
using NewsSearch.Search;

namespace NewsSearch.Alerts;

/// <summary>Runs a saved query over the articles that arrived after a given point, up to the snapshot's watermark.</summary>
internal static class AlertSearch
{
    /// <summary>
    /// The arrival number up to which the snapshot holds every article. A commit records it; a
    /// near-real-time reader has no commit, so the highest number it sees stands in.
    /// </summary>
    public static long Watermark(IndexReader reader, bool nearRealTime) =>
        !nearRealTime && reader is DirectoryReader directoryReader && ArrivalSequence.Read(directoryReader.IndexCommit.UserData) is { } recorded
            ? recorded
            : ArrivalSequence.Highest(reader);

    public static (IReadOnlyList<SearchHit> Hits, long Watermark) Run(IndexSearcher searcher, Query parsed, bool nearRealTime, long after, QueryBudget budget)
    {
        // Below what the search has read, the index was rebuilt from damaged files and numbered
        // anew: report nothing of it rather than guess, and go on from its end.
        var watermark = Watermark(searcher.IndexReader, nearRealTime);
        if (watermark <= after)
        {
            return ([], watermark);
        }

        // Never relaxed to partial matches as `query` is: an alert must match what was saved.
        // A doc-values range: arrival numbers are read, never searched, so they carry no index terms.
        var arrived = FieldCacheRangeFilter.NewInt64Range(FieldNames.Arrival, after, watermark, includeLower: false, includeUpper: true);
        var query = new FilteredQuery(parsed, arrived);
        var newest = new SortField(FieldNames.Published, SortFieldType.INT64, reverse: true);
        newest.SetMissingValue(long.MinValue);
        var collector = TopFieldCollector.Create(new Sort(newest, SortField.FIELD_SCORE), Math.Max(1, searcher.IndexReader.MaxDoc), fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, BudgetedCollector.Wrap(collector, budget));
        var top = collector.GetTopDocs();
        var snippets = new SnippetBuilder(searcher.IndexReader, HighlightTerms.Extract(parsed, searcher.IndexReader));
        var hits = top.ScoreDocs
            .Select(scoreDoc => ListFieldReader.Read(searcher.IndexReader, scoreDoc.Doc, scoreDoc.Score, snippets.Build(scoreDoc.Doc, 2)))
            .ToList();
        return (hits, watermark);
    }
}
