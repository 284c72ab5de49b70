using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Indexing.Arrival;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch;

/// <summary>
/// Adds, replaces and deletes articles in an index. One writer per index at a time: a second
/// writer, in this process or another, fails at once with a <see cref="NewsSearchException"/>.
/// Changes become durable at <see cref="Commit"/> (and periodically during long runs); disposing
/// commits what is pending. Thread-safe.
/// </summary>
public sealed class NewsIndexWriter : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly NewsIndexOptions _options;
    private readonly bool _commitOnlyAtEnd;
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private readonly System.Threading.Lock _commitLock = new();
    private readonly WriterProcessLock? _processLock;
    private readonly ArrivalSequence _arrivals;
    private long _pending;
    private bool _disposed;

    private NewsIndexWriter(LuceneDirectory directory, IndexWriter writer, NewsIndexOptions options, bool rebuild, string displayPath, WriterProcessLock? processLock = null)
    {
        _processLock = processLock;
        _directory = directory;
        _writer = writer;
        _options = options;
        _commitOnlyAtEnd = rebuild;
        IndexPath = displayPath;
        try
        {
            _arrivals = rebuild ? ArrivalSequence.Rebuild(directory) : ArrivalSequence.Continue(writer);
        }
        catch
        {
            // Not yet a writer anyone can dispose: release Lucene's write.lock here (LUCENENET #1284).
            writer.Rollback();
            throw;
        }
    }

    /// <summary>Where the index lives, as given, for the exceptions; <c>(memory)</c> for an in-memory index.</summary>
    internal string IndexPath { get; }

    internal IndexWriter LuceneWriter => _writer;

    /// <summary>
    /// Opens the index in <paramref name="indexPath"/> for adding, creating it (and the folder) when
    /// there is none yet.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="options">Writer settings; <see cref="NewsIndexOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> cannot work (zero, negative, or a RAM buffer of 2048 MB or more).</exception>
    /// <exception cref="IndexDamagedException">The index files are damaged.</exception>
    /// <exception cref="IndexVersionException">The index has another schema version.</exception>
    /// <exception cref="NewsSearchException">Another writer holds the index, or the folder holds something else.</exception>
    public static NewsIndexWriter Open(string indexPath, NewsIndexOptions? options = null) =>
        OpenOnDisk(indexPath, options, rebuild: false);

    /// <summary>For tests: opens with the folder's Lucene directory wrapped, e.g. to fail writes as a full disk does.</summary>
    internal static NewsIndexWriter Open(string indexPath, NewsIndexOptions? options, Func<LuceneDirectory, LuceneDirectory> wrapDirectory) =>
        OpenOnDisk(indexPath, options, rebuild: false, wrapDirectory);

    /// <summary>
    /// Starts the index in <paramref name="indexPath"/> over, empty. The old index stays intact and
    /// searchable until this writer commits, and this writer commits only when told to or when
    /// disposed, so a rebuild that is killed leaves the old index, never a mix.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="options">Writer settings; <see cref="NewsIndexOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> cannot work (zero, negative, or a RAM buffer of 2048 MB or more).</exception>
    /// <exception cref="NewsSearchException">Another writer holds the index, or the folder holds something else.</exception>
    public static NewsIndexWriter Create(string indexPath, NewsIndexOptions? options = null) =>
        OpenOnDisk(indexPath, options, rebuild: true);

    /// <summary>Creates an empty index in memory, for tests, samples and short-lived work.</summary>
    /// <param name="options">Writer settings; <see cref="NewsIndexOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> cannot work (zero, negative, or a RAM buffer of 2048 MB or more).</exception>
    public static NewsIndexWriter CreateInMemory(NewsIndexOptions? options = null)
    {
        options = (options ?? NewsIndexOptions.Default).Validated();
        Indexing.Codec.NewsCodecFactory.EnsureRegistered();
        var directory = new RAMDirectory();
        var writer = new IndexWriter(directory, Configure(options, OpenMode.CREATE));
        var result = new NewsIndexWriter(directory, writer, options, rebuild: false, "(memory)");
        result.Commit();
        return result;
    }

    /// <summary>Adds the article, replacing any article with the same id.</summary>
    /// <param name="article">The article; its <see cref="NewsArticle.Id"/> must not be empty.</param>
    /// <exception cref="ArgumentException">The id is empty, or longer than 8,192 bytes of UTF-8 (ids are stored exactly, never cut).</exception>
    public void Upsert(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(article.Id, nameof(article));
        ThrowIfIdTooLong(article.Id, nameof(article));
        ObjectDisposedException.ThrowIf(_disposed, this);
        Write(PreparedArticle.From(article));
    }

    /// <summary>
    /// Adds or replaces every article in <paramref name="articles"/>; when an id occurs twice, the
    /// last one wins. Commits periodically (see <see cref="NewsIndexOptions.CommitEveryArticles"/>)
    /// but not at the end: call <see cref="Commit"/> or dispose the writer.
    /// </summary>
    /// <param name="articles">The articles, read lazily.</param>
    /// <param name="progress">Told about every thousand articles, and at the end.</param>
    /// <param name="cancellationToken">Stops between articles; what was added stays pending.</param>
    /// <returns>How many articles were added or replaced.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="ArgumentException">An article is null, or its id is empty or longer than 8,192 bytes of UTF-8.</exception>
    public long UpsertAll(IEnumerable<NewsArticle> articles, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var clock = Stopwatch.StartNew();
        long count = 0;
        using var pipeline = new IndexingPipeline(Write, _options.IndexingThreads);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            ArgumentException.ThrowIfNullOrWhiteSpace(article.Id, nameof(articles));
            ThrowIfIdTooLong(article.Id, nameof(articles));
            pipeline.Post(PreparedArticle.From(article));
            if (++count % 1000 == 0)
            {
                progress?.Report(new IndexProgress(count, clock.Elapsed));
            }
        }

        pipeline.Complete();
        progress?.Report(new IndexProgress(count, clock.Elapsed));
        return count;
    }

    /// <summary>Deletes the articles with these ids.</summary>
    /// <param name="ids">The ids to delete.</param>
    /// <returns>The ids that were in the index (and are now deleted).</returns>
    public IReadOnlyList<string> Delete(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = new List<string>();
        using (var reader = DirectoryReader.Open(_writer, applyAllDeletes: true))
        {
            foreach (var id in wanted)
            {
                if (reader.DocFreq(new Term(FieldNames.Id, id)) > 0 && HasLiveDocument(reader, id))
                {
                    found.Add(id);
                }
            }
        }

        if (found.Count > 0)
        {
            _writer.DeleteDocuments(found.Select(id => new Term(FieldNames.Id, id)).ToArray());
        }

        return found;
    }

    /// <summary>Makes every change so far durable and visible to searchers that refresh.</summary>
    /// <exception cref="IOException">Writing or syncing the files failed (a full disk, an I/O error); the last commit stays whole.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        CommitCore(goingOn: true);
    }

    /// <summary>
    /// Merges the index into one segment, then commits. Every query repeats its term lookups and
    /// scorer set-up per segment, and opening the index reads each segment's tables, so a merged
    /// index searches and opens faster (a rebuild at 200,000 articles otherwise leaves about seven
    /// segments). The merge rewrites the whole index: call it after a bulk load or a rebuild,
    /// not after every small update.
    /// </summary>
    public void Optimize()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.ForceMerge(1);
        Commit();
    }

    /// <summary>
    /// Discards every change since the last commit and closes the writer, releasing the index.
    /// For a cancelled rebuild: the index stays as it was.
    /// </summary>
    public void Rollback()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _arrivals.Dispose();
            _writer.Rollback();
            _directory.Dispose();
        }
        finally
        {
            _processLock?.Dispose();
        }
    }

    /// <summary>Commits pending changes and releases the index.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            CommitCore(goingOn: false);
            _disposed = true;
            _writer.Dispose();
        }
        catch
        {
            // Dispose after a failed commit leaks write.lock (LUCENENET #1284): roll back instead.
            _disposed = true;
            _writer.Rollback();
            throw;
        }
        finally
        {
            _arrivals.Dispose();
            if (_directory is not RAMDirectory)
            {
                _directory.Dispose();
            }

            _processLock?.Dispose();
        }
    }

    /// <summary>
    /// An id is a key stored exactly, so it cannot be cut like other fields: one past
    /// <see cref="FieldLimits.MaxKeywordBytes"/> is refused before Lucene would abort the batch with it.
    /// </summary>
    private static void ThrowIfIdTooLong(string id, string parameterName)
    {
        if (id.Length > FieldLimits.MaxKeywordBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(id) > FieldLimits.MaxKeywordBytes)
        {
            throw new ArgumentException($"an article id may be at most {FieldLimits.MaxKeywordBytes} bytes of UTF-8 (this one starts '{id[..40]}…')", parameterName);
        }
    }

    /// <summary>Whether the message is only an error number such as <c>0x0000001C</c> or <c>error: 0x1c</c>.</summary>
    private static bool IsBareErrorCode(IOException exception)
    {
        var message = exception.Message.AsSpan().Trim();
        if (message.StartsWith("error:", StringComparison.OrdinalIgnoreCase))
        {
            message = message["error:".Length..].TrimStart();
        }

        return message.Length > 2 && message.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && IsHex(message[2..]);
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLiveDocument(DirectoryReader reader, string id)
    {
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(FieldNames.Id, id));
            if (docs is not null && docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indexes a prepared article (on a pipeline worker, or on the caller's thread for <see cref="Upsert"/>), replacing its id.</summary>
    private void Write(PreparedArticle article)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using (_arrivals.Number(article))
        {
            _writer.UpdateDocument(new Term(FieldNames.Id, article.Id), article.Document);
        }

        if (Interlocked.Increment(ref _pending) >= _options.CommitEveryArticles || _sinceCommit.Elapsed >= _options.CommitInterval)
        {
            CommitPeriodically();
        }
    }

    /// <param name="goingOn">Whether articles may follow, so the arrival lookups move to this commit; not when closing.</param>
    private void CommitCore(bool goingOn)
    {
        lock (_commitLock)
        {
            var commitData = SchemaVersion.CommitData();
            commitData[ArrivalSequence.CommitDataKey] = _arrivals.Watermark().ToString(System.Globalization.CultureInfo.InvariantCulture);
            _writer.SetCommitData(commitData);
            try
            {
                _writer.Commit();
            }
            catch (IOException exception) when (IsBareErrorCode(exception))
            {
                // Lucene.NET's fsync reports a failed fsync(2) as its bare errno ("0x0000001C"),
                // which tells a user nothing; the errno stays in the message and in HResult.
                throw new IOException($"cannot write the index at '{IndexPath}': disk full or I/O error ({exception.Message.ReplaceLineEndings(" ")})", exception.HResult);
            }

            if (goingOn)
            {
                _arrivals.Committed(_writer);
            }

            Interlocked.Exchange(ref _pending, 0);
            _sinceCommit.Restart();
        }
    }

    private void CommitPeriodically()
    {
        if (!_commitOnlyAtEnd)
        {
            Commit();
        }
    }

    private static NewsIndexWriter OpenOnDisk(string indexPath, NewsIndexOptions? options, bool rebuild, Func<LuceneDirectory, LuceneDirectory>? wrapDirectory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        options = (options ?? NewsIndexOptions.Default).Validated();
        var fullPath = Path.GetFullPath(indexPath);
        if (File.Exists(fullPath))
        {
            throw new NewsSearchException($"'{indexPath}' is a file, not an index folder");
        }

        LuceneDirectory? directory = null;
        WriterProcessLock? processLock = null;
        try
        {
            System.IO.Directory.CreateDirectory(fullPath);
            processLock = WriterProcessLock.Acquire(fullPath, indexPath);
            directory = IndexDirectory.OpenForWriting(fullPath);
            directory = wrapDirectory?.Invoke(directory) ?? directory;
            var exists = DirectoryReader.IndexExists(directory);
            if (exists && IndexDirectory.IsUnfinishedFirstCommit(directory))
            {
                // Nothing was ever committed to it; creating the index again loses nothing.
                IndexDirectory.DeleteIndexFiles(directory);
                exists = false;
            }

            if (!exists && IndexDirectory.IsForeignNonEmptyFolder(fullPath))
            {
                processLock.DisposeAndDelete();
                processLock = null;
                throw new NewsSearchException($"'{indexPath}' is a folder with other files in it, not an index; choose an empty or new folder");
            }

            if (exists && !rebuild)
            {
                IndexDirectory.CheckSchema(IndexDirectory.ReadCommitData(directory), indexPath);
            }

            var mode = rebuild || !exists ? OpenMode.CREATE : OpenMode.APPEND;
            IndexWriter writer;
            try
            {
                writer = new IndexWriter(directory, Configure(options, mode));
            }
            catch (Exception exception) when (rebuild && IndexDamage.Is(exception))
            {
                // The old index is too damaged for Lucene to open even to replace it; nothing in it
                // can be served, so its files go and the rebuild starts from an empty folder.
                IndexDirectory.DeleteIndexFiles(directory);
                writer = new IndexWriter(directory, Configure(options, OpenMode.CREATE));
            }

            var result = new NewsIndexWriter(directory, writer, options, rebuild, indexPath, processLock);
            if (!exists)
            {
                // An index that exists from the start can be searched (empty) and recognised by its schema.
                result.Commit();
            }

            return result;
        }
        catch (LockObtainFailedException exception)
        {
            directory?.Dispose();
            processLock?.Dispose();
            throw new NewsSearchException($"index at '{indexPath}' is being written by another process; wait for it to finish", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            directory?.Dispose();
            processLock?.Dispose();
            throw new NewsSearchException($"cannot write the index at '{indexPath}': permission denied", exception);
        }
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            directory?.Dispose();
            processLock?.Dispose();
            throw IndexDamage.Exception(indexPath, exception);
        }
        catch
        {
            directory?.Dispose();
            processLock?.Dispose();
            throw;
        }
    }

    private static IndexWriterConfig Configure(NewsIndexOptions options, OpenMode mode) => new(LuceneDefaults.Version, NewsAnalyzer.Create())
    {
        Codec = new Indexing.Codec.NewsCodec(),
        OpenMode = mode,
        RAMBufferSizeMB = options.RamBufferSizeMb,
        Similarity = new BM25Similarity(),
    };
}
