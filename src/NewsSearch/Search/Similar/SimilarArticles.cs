using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Indexing.NearDuplicates;

namespace NewsSearch.Search.Similar;

/// <summary>
/// Related stories: MoreLikeThis picks the article's most telling words (by tf-idf, from the title,
/// body and captions, analysed like the index) and searches for them; copies of the article itself
/// are then left out, and so are copies of a story already listed, so five wire copies of one
/// related story take one place, not five.
/// </summary>
internal static class SimilarArticles
{
    private static readonly string[] Fields = [FieldNames.Title, FieldNames.Body, FieldNames.Captions];
    private static readonly HashSet<string> StoredFields = [FieldNames.Body, FieldNames.Captions];

    /// <summary>Null when no article has <paramref name="id"/>.</summary>
    public static IReadOnlyList<SearchHit>? Find(IndexSearcher searcher, Analyzer analyzer, string id, int take, QueryBudget budget)
    {
        if (IdLookup.Find(searcher, id) is not { } source)
        {
            return null;
        }

        var reader = searcher.IndexReader;
        var query = Like(reader, analyzer, source);
        budget.Check();
        if (take == 0 || query is BooleanQuery { Clauses.Count: 0 })
        {
            return [];
        }

        // No more articles can be listed than the index holds: a limit of int.MaxValue must neither
        // size a list by itself nor overflow the over-fetch below.
        take = Math.Min(take, Math.Max(1, reader.MaxDoc));
        var sourceSketch = SketchField.Read(reader, source);
        var wanted = (take * 2L) + 10;
        while (true)
        {
            var collector = TopScoreDocCollector.Create((int)Math.Min(wanted, Math.Max(1, reader.MaxDoc)), docsScoredInOrder: false);
            searcher.Search(query, BudgetedCollector.Wrap(collector, budget));
            var top = collector.GetTopDocs();
            var hits = new List<SearchHit>(take);
            var listed = new List<byte[]>();
            foreach (var scoreDoc in top.ScoreDocs)
            {
                budget.Check();
                if (scoreDoc.Doc == source)
                {
                    continue;
                }

                var sketch = SketchField.Read(reader, scoreDoc.Doc);
                if (sketch is not null && ((sourceSketch is not null && NearDuplicateSketch.AreDuplicates(sourceSketch, sketch)) || listed.Any(l => NearDuplicateSketch.AreDuplicates(l, sketch))))
                {
                    continue;
                }

                if (sketch is not null)
                {
                    listed.Add(sketch);
                }

                hits.Add(ListFieldReader.Read(reader, scoreDoc.Doc, scoreDoc.Score, []));
                if (hits.Count == take)
                {
                    return hits;
                }
            }

            if (top.ScoreDocs.Length >= top.TotalHits)
            {
                return hits;
            }

            wanted *= 4;
        }
    }

    private static Query Like(IndexReader reader, Analyzer analyzer, int doc)
    {
        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = Fields,

            // Articles are short: a word said once in a 300-word story can be what it is about.
            MinTermFreq = 1,

            // A word no other article has finds nothing and would only take the place of one that does.
            MinDocFreq = 2,
            MinWordLen = 2,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        if (reader.NumDocs >= 200)
        {
            // In a real archive, words in over a fifth of all articles say nothing about this one;
            // in a small index such a cut would drop nearly every word.
            moreLikeThis.SetMaxDocFreqPct(20);
        }

        // MoreLikeThis reads a document's text from its stored fields, and the title is not one
        // (see Indexing/ArticleTitle): it gets the article's text as one passage instead. The words are
        // counted over all of it either way, and each is searched in the field where it is most common.
        var stored = reader.Document(doc, StoredFields);
        var text = string.Join("\n", stored.GetValues(FieldNames.Body, CultureInfo.InvariantCulture).Concat(stored.GetValues(FieldNames.Captions, CultureInfo.InvariantCulture)).Prepend(ArticleTitle.Read(reader, doc, null) ?? ""));
        return moreLikeThis.Like(new StringReader(text), FieldNames.Body);
    }
}
