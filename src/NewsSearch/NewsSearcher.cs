using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Search.Collapse;
using NewsSearch.Search.Explanations;
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
        IndexPath = displayPath;
        _features = features;
        _listFromStoredFields = options?.FewSearches ?? false;
    }

    /// <summary>Where the index lives, as given, for the exceptions; <c>(memory)</c> for an in-memory index.</summary>
    internal string IndexPath { get; }

    /// <summary>Opens the index in <paramref name="indexPath"/> for searching, as of its last commit.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="options">Synonyms and other search settings; <see cref="NewsSearcherOptions.Default"/> when null.</param>
    /// <exception cref="IndexNotFoundException">No index exists there.</exception>
    /// <exception cref="IndexDamagedException">The index files are damaged.</exception>
    /// <exception cref="IndexVersionException">The index has another schema version.</exception>
    /// <exception cref="NewsSearchException">The folder holds another kind of index, or cannot be read; or a synonym file cannot be read.</exception>
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
            if (!DirectoryReader.IndexExists(directory) || IndexDirectory.IsUnfinishedFirstCommit(directory))
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
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            directory.Dispose();
            throw IndexDamage.Exception(indexPath, exception);
        }
        catch (Exception exception) when (exception is IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            directory.Dispose();
            throw new NewsSearchException($"cannot open the index at '{indexPath}': {exception.Message.ReplaceLineEndings(" ")}", exception);
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
        return new NewsSearcher(manager, null, writer.IndexPath, features, options);
    }

    /// <summary>Runs <paramref name="query"/>.</summary>
    /// <param name="query">The query text, filters, sort and page.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="QueryTimeoutException">The search ran past <see cref="NewsQuery.Timeout"/>.</exception>
    public SearchResults Search(NewsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        ArgumentOutOfRangeException.ThrowIfNegative(query.FacetLimit);
        return Run(query.Text, query.Timeout, (searcher, budget) =>
        {
            var (parsed, shape) = _features.Compile(query);
            return ResultsBuilder.Build(searcher, query, parsed, shape, _features, budget, _listFromStoredFields);
        });
    }

    /// <summary>Runs <paramref name="text"/> as an all-words query and returns the best <paramref name="take"/> hits.</summary>
    /// <param name="text">The query in Lucene syntax.</param>
    /// <param name="take">How many hits to return.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="QueryTimeoutException">The search ran past the default time limit.</exception>
    public SearchResults Search(string text, int take = 10) => Search(new NewsQuery(text) { Take = take });

    /// <summary>
    /// Explains how the article <paramref name="id"/> scores for <paramref name="query"/> (the
    /// query's filters are not checked): the fields and words that matched and what each added.
    /// </summary>
    /// <param name="query">The query; its text, <see cref="NewsQuery.MatchAny"/>, <see cref="NewsQuery.ExpandSynonyms"/> and <see cref="NewsQuery.Timeout"/> count.</param>
    /// <param name="id">The article id.</param>
    /// <returns>The explanation (score 0 and no parts when the article does not match), or null when no article has that id.</returns>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="QueryTimeoutException">The explanation ran past <see cref="NewsQuery.Timeout"/>.</exception>
    public ScoreExplanation? Explain(NewsQuery query, string id)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(id);
        return Run(query.Text, query.Timeout, (searcher, budget) =>
        {
            var parsed = _features.Expand(query);
            var doc = IdLookup.Find(searcher, id);
            budget.Check();
            return doc is null ? null : HitExplainer.Explain(searcher, parsed.Query, doc.Value, _features.Display(query, parsed));
        });
    }

    /// <summary>
    /// Counts the articles matching <paramref name="query"/> per day, week, month or year, from the
    /// earliest to the latest matching date, with empty periods as zero. Paging and sorting are ignored.
    /// </summary>
    /// <param name="query">The query text, filters and time limit.</param>
    /// <param name="interval">The period length; <see cref="TrendInterval.Auto"/> chooses by the span of the dates.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="QueryTimeoutException">The count ran past <see cref="NewsQuery.Timeout"/>.</exception>
    /// <exception cref="NewsSearchException">The dates span too many periods of <paramref name="interval"/>.</exception>
    public TrendSeries Trend(NewsQuery query, TrendInterval interval = TrendInterval.Auto)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(query.Text, query.Timeout, (searcher, budget) =>
            TrendBuilder.Build(searcher, Parse(query), QueryCompiler.BuildFilter(query), interval, budget));
    }

    /// <summary>
    /// Finds the articles most like the one with <paramref name="id"/> (related stories), best first.
    /// The article itself and copies of it (near-duplicate bodies) are left out, and copies of a
    /// story already listed are not listed again.
    /// </summary>
    /// <param name="id">The article's id.</param>
    /// <param name="take">How many articles to return.</param>
    /// <param name="timeout">
    /// How long the search may run, as <see cref="NewsQuery.Timeout"/>: 5 seconds when null,
    /// no limit when <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </param>
    /// <returns>The related articles, without snippets; <see langword="null"/> when no article has <paramref name="id"/>.</returns>
    /// <exception cref="QueryTimeoutException">The search ran past <paramref name="timeout"/>.</exception>
    public IReadOnlyList<SearchHit>? Similar(string id, int take = 10, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        return Run(id, timeout ?? QueryBudget.DefaultLimit, (searcher, budget) => SimilarArticles.Find(searcher, _analyzer, id, take, budget));
    }

    /// <summary>
    /// Lists the stories published more than once (articles with near-duplicate bodies, such as an
    /// agency story republished by several outlets), largest first. Paging, sorting and facets of
    /// <paramref name="query"/> are ignored.
    /// </summary>
    /// <param name="query">Only among the articles matching this query, within its time limit; every article, within the default time limit, when null.</param>
    /// <exception cref="InvalidQueryException">The query text cannot be parsed.</exception>
    /// <exception cref="QueryTimeoutException">The search ran past <see cref="NewsQuery.Timeout"/>.</exception>
    public IReadOnlyList<DuplicateCluster> FindDuplicates(NewsQuery? query = null)
    {
        query ??= new NewsQuery("");
        return Run(query.Text, query.Timeout, (searcher, budget) =>
            DuplicateFinder.Find(searcher, Parse(query), QueryCompiler.BuildFilter(query), budget));
    }

    /// <summary>Gets the whole article with <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">The article id.</param>
    public NewsArticle? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(id, timeout: null, (searcher, _) =>
            IdLookup.Find(searcher, id) is { } doc ? ArticleDocumentMapper.Read(searcher.IndexReader, doc) : null);
    }

    /// <summary>Counts articles and sources, and measures the index.</summary>
    public IndexStats GetStats() => Run("", timeout: null, (searcher, _) =>
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
    });

    /// <summary>Whether this searcher reads a writer of this process (near-real-time) rather than commits.</summary>
    internal bool IsNearRealTime => _ownedDirectory is null;

    /// <summary>The Lucene query for <paramref name="query"/>'s text, with spelling variants as a search would use them.</summary>
    internal Query Parse(NewsQuery query) => _features.Expand(query).Query;

    /// <summary>
    /// The one way every operation reads the index: leases the current snapshot, starts the
    /// operation's time budget and makes it the thread's, runs <paramref name="body"/> over the
    /// budget-checking searcher of the snapshot, and turns Lucene's failures into ours: a budget
    /// run out into <see cref="QueryTimeoutException"/>, too many expanded terms into
    /// <see cref="InvalidQueryException"/>, damaged files into <see cref="NewsSearchException"/>.
    /// Whatever <paramref name="body"/> returns must be materialised: the snapshot may close after.
    /// </summary>
    /// <param name="text">The query text (or id) the operation is about, for the exceptions.</param>
    /// <param name="timeout">The time limit; null, zero or infinite for none.</param>
    /// <param name="body">The operation, given the budget-checking searcher and the budget.</param>
    internal T Run<T>(string text, TimeSpan? timeout, Func<IndexSearcher, QueryBudget, T> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var budget = QueryBudget.Start(timeout);
        AutoRefresh();
        using var lease = new SearcherLease(_manager);
        using var scope = budget.Enter();
        try
        {
            return body(_budgeted.For(lease.Searcher), budget);
        }
        catch (QueryBudgetExceededException exception)
        {
            throw new QueryTimeoutException(text, budget.Limit ?? TimeSpan.Zero, exception);
        }
        catch (BooleanQuery.TooManyClausesException exception)
        {
            throw new InvalidQueryException(text, QueryCompiler.TooManyClausesMessage, exception);
        }
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            throw IndexDamage.Exception(IndexPath, exception);
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
