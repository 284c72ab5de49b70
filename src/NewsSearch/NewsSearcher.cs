using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Highlighting;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Search.Collapse;
using NewsSearch.Search.Explanations;
using NewsSearch.Search.Facets;
using NewsSearch.Search.Similar;
using NewsSearch.Search.Timeline;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch;

/// <summary>
/// Searches an index. Thread-safe: any number of threads may search at once, also while a
/// <see cref="NewsIndexWriter"/> adds articles. Each search sees one consistent snapshot; the
/// snapshot advances to newer commits at most once a second, or on <see cref="Refresh"/>.
/// </summary>
public sealed class NewsSearcher : IDisposable
{
    private static readonly TimeSpan AutoRefreshInterval = TimeSpan.FromSeconds(1);
    private readonly SearcherManager _manager;
    private readonly LuceneDirectory? _ownedDirectory;
    private readonly Analyzer _analyzer = NewsAnalyzer.Create();
    private readonly Stopwatch _sinceRefresh = Stopwatch.StartNew();
    private readonly QueryFeatures _features;
    private readonly BudgetedSearchers _budgeted = new();
    private readonly bool _listFromStoredFields;
    private bool _disposed;

    private NewsSearcher(SearcherManager manager, LuceneDirectory? ownedDirectory, string displayPath, QueryFeatures features, NewsSearcherOptions? options)
    {
        _manager = manager;
        _ownedDirectory = ownedDirectory;
        DisplayPath = displayPath;
        _features = features;
        _listFromStoredFields = options?.FewSearches ?? false;
    }

    /// <summary>Where the index lives, for messages.</summary>
    public string DisplayPath { get; }

    /// <summary>Opens the index in <paramref name="indexPath"/> for searching, as of its last commit.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="options">Synonyms and other search settings; <see cref="NewsSearcherOptions.Default"/> when null.</param>
    /// <exception cref="IndexNotFoundException">No index exists there.</exception>
    /// <exception cref="NewsSearchException">The folder holds another kind of index, another schema version, or a damaged index; or a synonym file cannot be read.</exception>
    public static NewsSearcher Open(string indexPath, NewsSearcherOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        var features = QueryFeatures.Create(options);
        if (!System.IO.Directory.Exists(indexPath))
        {
            throw new IndexNotFoundException(indexPath);
        }

        var directory = IndexDirectory.OpenForReading(Path.GetFullPath(indexPath));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexNotFoundException(indexPath);
            }

            var manager = new SearcherManager(directory, new Bm25SearcherFactory());
            var searcher = manager.Acquire();
            try
            {
                IndexDirectory.CheckSchema(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData, indexPath);
            }
            finally
            {
                manager.Release(searcher);
            }

            return new NewsSearcher(manager, directory, indexPath, features, options);
        }
        catch (Exception exception) when (IndexDirectory.IsDamageWhileOpening(exception))
        {
            directory.Dispose();
            throw new NewsSearchException(IndexDirectory.DamageMessage(indexPath, exception), exception);
        }
        catch (Exception exception) when (exception is IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            directory.Dispose();
            throw new NewsSearchException($"cannot open the index at '{indexPath}': {exception.Message.ReplaceLineEndings(" ")} (newssearch verify tells more)", exception);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a near-real-time searcher over <paramref name="writer"/>'s index: it sees articles the
    /// writer has added, committed or not, after <see cref="Refresh"/>.
    /// </summary>
    /// <param name="writer">A writer of this process; it must outlive the searcher.</param>
    /// <param name="options">Synonyms and other search settings; <see cref="NewsSearcherOptions.Default"/> when null.</param>
    /// <exception cref="NewsSearchException">A synonym file cannot be read.</exception>
    public static NewsSearcher Open(NewsIndexWriter writer, NewsSearcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var features = QueryFeatures.Create(options);
        var manager = new SearcherManager(writer.LuceneWriter, applyAllDeletes: true, new Bm25SearcherFactory());
        return new NewsSearcher(manager, null, writer.DisplayPath, features, options);
    }

    /// <summary>Runs <paramref name="query"/>.</summary>
    /// <param name="query">The query text, filters, sort and page.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public SearchResults Search(NewsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var budget = QueryBudget.Start(query.Timeout);
        var parsed = _features.Expand(query);
        var filter = QueryCompiler.BuildFilter(query);
        AutoRefresh();
        var searcher = _manager.Acquire();
        using var scope = budget.Enter();
        try
        {
            // Every step below reads through the budget, so no query outlives its time limit.
            var bounded = _budgeted.For(searcher);
            var (topDocs, used, partial) = Execute(bounded, parsed.Query, filter, query, budget);
            var hits = new List<SearchHit>(Math.Min(query.Take, topDocs.ScoreDocs.Length));
            var snippetBuilder = query.Highlight ? new SnippetBuilder(bounded.IndexReader, HighlightTerms.Extract(used, bounded.IndexReader), titleFromDocValues: !_listFromStoredFields) : null;
            var display = query.Explain ? _features.Display(query, parsed) : null;
            var stories = query.Collapse ? StoryClusters.Build(bounded, used, filter) : null;
            var page = stories?.Page(query.Skip, query.Take, topDocs.TotalHits, n => Run(bounded, used, filter, query with { Skip = 0, Take = n }, budget))
                ?? topDocs.ScoreDocs.Skip(query.Skip);
            foreach (var scoreDoc in page)
            {
                budget.Check();
                var snippets = snippetBuilder?.Build(scoreDoc.Doc, query.MaxSnippets) ?? [];
                var hit = _listFromStoredFields
                    ? ListFieldReader.ReadStored(bounded.IndexReader, scoreDoc.Doc, scoreDoc.Score, snippets)
                    : ListFieldReader.Read(bounded.IndexReader, scoreDoc.Doc, scoreDoc.Score, snippets);
                hit = display is null ? hit : hit with { Explanation = HitExplainer.Explain(bounded, used, scoreDoc.Doc, display) };
                hits.Add(stories is null ? hit : hit with { Duplicates = stories.DuplicatesOf(bounded.IndexReader, scoreDoc.Doc) });
            }

            string? didYouMean;
            try
            {
                didYouMean = _features.Suggest(bounded, query, filter, partial is null ? topDocs.TotalHits : 0);
            }
            catch (QueryBudgetExceededException)
            {
                // The hits are found; a suggestion that runs out of time is left out rather than failing them.
                didYouMean = null;
            }

            return new SearchResults
            {
                TotalHits = topDocs.TotalHits,
                Hits = hits,
                PartialMatch = partial,
                Synonyms = parsed.UsedIn(bounded.IndexReader),
                DidYouMean = didYouMean,
                Facets = FacetCounter.Count(bounded, used, filter, query),
                TotalStories = stories?.Count,
            };
        }
        catch (QueryBudgetExceededException exception)
        {
            throw new QueryTimeoutException(query.Text, budget.Limit ?? TimeSpan.Zero, exception);
        }
        catch (BooleanQuery.TooManyClausesException exception)
        {
            throw new InvalidQueryException(query.Text, QueryCompiler.TooManyClausesMessage, exception);
        }
        catch (IOException exception) when (IndexDirectory.IsDamage(exception))
        {
            throw new NewsSearchException(IndexDirectory.DamageMessage(DisplayPath, exception), exception);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Runs <paramref name="text"/> as an all-words query and returns the best <paramref name="take"/> hits.</summary>
    /// <param name="text">The query in Lucene syntax.</param>
    /// <param name="take">How many hits to return.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public SearchResults Search(string text, int take = 10) => Search(new NewsQuery(text) { Take = take });

    /// <summary>
    /// Explains how the article <paramref name="id"/> scores for <paramref name="query"/> (the
    /// query's filters are not checked): the fields and words that matched and what each added.
    /// </summary>
    /// <param name="query">The query; its text, <see cref="NewsQuery.MatchAny"/> and <see cref="NewsQuery.ExpandSynonyms"/> count.</param>
    /// <param name="id">The article id.</param>
    /// <returns>The explanation (score 0 and no parts when the article does not match), or null when no article has that id.</returns>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public ScoreExplanation? Explain(NewsQuery query, string id)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var parsed = _features.Expand(query);
        AutoRefresh();
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
            return top.ScoreDocs.Length == 0 ? null : HitExplainer.Explain(searcher, parsed.Query, top.ScoreDocs[0].Doc, _features.Display(query, parsed));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Counts the articles matching <paramref name="query"/> per day, week, month or year, from the
    /// earliest to the latest matching date, with empty periods as zero. Paging and sorting are ignored.
    /// </summary>
    /// <param name="query">The query text and filters.</param>
    /// <param name="interval">The period length; <see cref="TrendInterval.Auto"/> chooses by the span of the dates.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="NewsSearchException">The dates span too many periods of <paramref name="interval"/>.</exception>
    public TrendSeries Trend(NewsQuery query, TrendInterval interval = TrendInterval.Auto)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = Parse(query);
        var filter = QueryCompiler.BuildFilter(query);
        return Use(searcher => TrendBuilder.Build(searcher, parsed, filter, interval));
    }

    /// <summary>
    /// Finds the articles most like the one with <paramref name="id"/> (related stories), best first.
    /// The article itself and copies of it (near-duplicate bodies) are left out, and copies of a
    /// story already listed are not listed again.
    /// </summary>
    /// <param name="id">The article's id.</param>
    /// <param name="take">How many articles to return.</param>
    /// <returns>The related articles, without snippets; <see langword="null"/> when no article has <paramref name="id"/>.</returns>
    public IReadOnlyList<SearchHit>? Similar(string id, int take = 10)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        return Use(searcher => SimilarArticles.Find(searcher, _analyzer, id, take));
    }

    /// <summary>
    /// Lists the stories published more than once (articles with near-duplicate bodies, such as an
    /// agency story republished by several outlets), largest first. Paging, sorting and facets of
    /// <paramref name="query"/> are ignored.
    /// </summary>
    /// <param name="query">Only among the articles matching this query; every article when null.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    public IReadOnlyList<DuplicateCluster> FindDuplicates(NewsQuery? query = null)
    {
        query ??= new NewsQuery("");
        var parsed = Parse(query);
        var filter = QueryCompiler.BuildFilter(query);
        return Use(searcher => DuplicateFinder.Find(searcher, parsed, filter));
    }

    /// <summary>Whether this searcher reads a writer of this process (near-real-time) rather than commits.</summary>
    internal bool IsNearRealTime => _ownedDirectory is null;

    /// <summary>The Lucene query for <paramref name="query"/>'s text, with spelling variants as a search would use them.</summary>
    internal Query Parse(NewsQuery query) => _features.Expand(query).Query;

    /// <summary>Runs <paramref name="body"/> on the current snapshot, which stays open until it returns.</summary>
    internal T Use<T>(Func<IndexSearcher, T> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        AutoRefresh();
        var searcher = _manager.Acquire();
        try
        {
            return body(searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Gets the whole article with <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">The article id.</param>
    public NewsArticle? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        AutoRefresh();
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
            return top.ScoreDocs.Length == 0 ? null : ArticleDocumentMapper.FromDocument(searcher.Doc(top.ScoreDocs[0].Doc));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Counts articles and sources, and measures the index.</summary>
    public IndexStats GetStats()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        AutoRefresh();
        var searcher = _manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            var sources = MultiDocValues.GetSortedSetValues(reader, FieldNames.FacetSource);
            return new IndexStats
            {
                Articles = reader.NumDocs,
                Sources = sources is null ? 0 : (int)sources.ValueCount,
                Earliest = DateBounds.Earliest(reader),
                Latest = DateBounds.Latest(reader),
                SizeInBytes = IndexDirectory.SizeInBytes(reader.Directory),
                Segments = reader.Leaves.Count,
                SchemaVersion = SchemaVersion.Read(reader.IndexCommit.UserData) ?? SchemaVersion.Current,
            };
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Moves to the newest commit (or, over a writer, the newest additions).</summary>
    /// <returns><see langword="true"/> when the searcher now sees newer data than before.</returns>
    public bool Refresh()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var before = _manager.Acquire();
        try
        {
            _manager.MaybeRefreshBlocking();
            _sinceRefresh.Restart();
            var after = _manager.Acquire();
            try
            {
                return !ReferenceEquals(before.IndexReader, after.IndexReader);
            }
            finally
            {
                _manager.Release(after);
            }
        }
        finally
        {
            _manager.Release(before);
        }
    }

    /// <summary>Releases the index files.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _manager.Dispose();
        _ownedDirectory?.Dispose();
    }

    private static (TopDocs TopDocs, Query Used, PartialMatch? Partial) Execute(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        // Scored with the proximity pairs; relaxed (below) as typed, without them.
        var ranked = ProximityBoost.Add(query);
        var topDocs = Run(searcher, ranked, filter, request, budget);
        var required = QueryCompiler.RequiredCount(query);
        if (topDocs.TotalHits > 0 || request.MatchAny || required < 2 || QueryCompiler.HasExplicitConjunction(request.Text))
        {
            return (topDocs, ranked, null);
        }

        // No article has every word: long natural-language queries would otherwise find nothing.
        // Usually one word is missing, so try that first; otherwise search for the most words any
        // article holds by halving, so a 1000-word query costs about ten runs, not a thousand.
        (TopDocs TopDocs, Query Used, PartialMatch? Partial) best = (topDocs, ranked, null);
        var (low, high) = (1, required - 1);
        var minimum = high;
        while (low <= high)
        {
            budget.Check();
            var relaxed = ProximityBoost.Add(QueryCompiler.Relax(query, minimum)!);
            var relaxedDocs = Run(searcher, relaxed, filter, request, budget);
            if (relaxedDocs.TotalHits > 0)
            {
                best = (relaxedDocs, relaxed, new PartialMatch(minimum, required));
                low = minimum + 1;
            }
            else
            {
                high = minimum - 1;
            }

            minimum = low + ((high - low + 1) / 2);
        }

        return best;
    }

    private static TopDocs Run(IndexSearcher searcher, Query query, Filter? filter, NewsQuery request, QueryBudget budget)
    {
        // Never ask for more rows than the index has: a deep offset must not allocate a huge queue.
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        var wanted = (int)Math.Min((long)request.Skip + request.Take, maxDoc);
        if (wanted <= 0 || request.Skip >= maxDoc)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, filter, BudgetedCollector.Wrap(counter, budget));
            return new TopDocs(counter.TotalHits, [], float.NaN);
        }

        // The collectors IndexSearcher.Search(query, filter, n[, sort]) would make, wrapped so collection checks the budget.
        switch (request.Sort)
        {
            case SortOrder.Newest:
            case SortOrder.Oldest:
                var sorted = TopFieldCollector.Create(DateSort(reverse: request.Sort == SortOrder.Newest), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
                searcher.Search(query, filter, BudgetedCollector.Wrap(sorted, budget));
                return sorted.GetTopDocs();
            default:
                var ranked = TopScoreDocCollector.Create(wanted, docsScoredInOrder: QueryCompiler.ScoresBestInOrder(query));
                searcher.Search(query, filter, BudgetedCollector.Wrap(ranked, budget));
                return ranked.GetTopDocs();
        }
    }

    private static Sort DateSort(bool reverse)
    {
        // Undated articles go last whichever way the dates run.
        var field = new SortField(FieldNames.Published, SortFieldType.INT64, reverse);
        field.SetMissingValue(reverse ? long.MinValue : long.MaxValue);
        return new Sort(field, SortField.FIELD_SCORE);
    }

    private void AutoRefresh()
    {
        if (_sinceRefresh.Elapsed >= AutoRefreshInterval)
        {
            _sinceRefresh.Restart();
            _manager.MaybeRefresh();
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new BlendedStatsSearcher(reader);
    }
}
