using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing.NearDuplicates;

namespace NewsSearch.Search.Collapse;

/// <summary>The hits of a query grouped into stories: each cluster of near-duplicate bodies is one story.</summary>
internal sealed class StoryClusters
{
    private readonly Dictionary<int, int> _storyOfDoc;
    private readonly Dictionary<int, List<int>> _docsOfStory;
    private readonly Dictionary<int, byte[]?> _sketchOfDoc;

    private StoryClusters(Dictionary<int, int> storyOfDoc, Dictionary<int, List<int>> docsOfStory, Dictionary<int, byte[]?> sketchOfDoc)
    {
        _storyOfDoc = storyOfDoc;
        _docsOfStory = docsOfStory;
        _sketchOfDoc = sketchOfDoc;
    }

    public int Count => _docsOfStory.Count;

    /// <summary>Stories of more than one article, as lists of top-level doc ids.</summary>
    public IEnumerable<IReadOnlyList<int>> Multiples => _docsOfStory.Values.Where(docs => docs.Count > 1);

    public static StoryClusters Build(IndexSearcher searcher, Query query, Filter? filter, QueryBudget budget)
    {
        var collector = new SketchCollector();
        searcher.Search(query, filter, BudgetedCollector.Wrap(collector, budget));
        var roots = DuplicateClustering.Cluster(collector.Sketches, collector.Published, budget.Check);
        var storyOfDoc = new Dictionary<int, int>(collector.Docs.Count);
        var docsOfStory = new Dictionary<int, List<int>>();
        var sketchOfDoc = new Dictionary<int, byte[]?>(collector.Docs.Count);
        for (var i = 0; i < roots.Length; i++)
        {
            var doc = collector.Docs[i];
            var story = collector.Docs[roots[i]];
            storyOfDoc[doc] = story;
            sketchOfDoc[doc] = collector.Sketches[i];
            if (!docsOfStory.TryGetValue(story, out var docs))
            {
                docsOfStory[story] = docs = [];
            }

            docs.Add(doc);
        }

        return new StoryClusters(storyOfDoc, docsOfStory, sketchOfDoc);
    }

    /// <summary>
    /// The page of stories in ranked order: each story is shown by its best-ranked article.
    /// <paramref name="ranked"/> returns the top n hits; it is asked for more until the page is full.
    /// </summary>
    public IReadOnlyList<ScoreDoc> Page(int skip, int take, int totalHits, Func<int, TopDocs> ranked)
    {
        var wanted = Math.Max(16, (skip + take) * 4);
        while (true)
        {
            var top = ranked(Math.Min(wanted, Math.Max(1, totalHits)));
            var seen = new HashSet<int>();
            var representatives = new List<ScoreDoc>();
            foreach (var scoreDoc in top.ScoreDocs)
            {
                if (seen.Add(_storyOfDoc.GetValueOrDefault(scoreDoc.Doc, scoreDoc.Doc)))
                {
                    representatives.Add(scoreDoc);
                    if (representatives.Count == skip + take)
                    {
                        break;
                    }
                }
            }

            if (representatives.Count >= skip + take || top.ScoreDocs.Length >= totalHits || wanted >= totalHits)
            {
                return representatives.Skip(skip).ToList();
            }

            wanted = (int)Math.Min((long)wanted * 4, totalHits);
        }
    }

    /// <summary>The other articles of <paramref name="doc"/>'s story, earliest published first.</summary>
    public IReadOnlyList<NearDuplicate> DuplicatesOf(IndexReader reader, int doc)
    {
        if (!_storyOfDoc.TryGetValue(doc, out var story) || _docsOfStory[story].Count < 2)
        {
            return [];
        }

        var sketch = _sketchOfDoc[doc];
        return _docsOfStory[story]
            .Where(other => other != doc)
            .Select(other => Describe(reader, other, sketch, _sketchOfDoc[other]))
            .OrderBy(d => d.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static NearDuplicate Describe(IndexReader reader, int doc, byte[]? reference, byte[]? sketch)
    {
        var hit = ListFieldReader.Read(reader, doc, float.NaN, []);
        return new NearDuplicate
        {
            Id = hit.Id,
            Title = hit.Title,
            Source = hit.Source,
            Published = hit.Published,
            Url = hit.Url,
            Similarity = reference is null || sketch is null ? 0 : NearDuplicateSketch.Similarity(reference, sketch),
        };
    }
}
