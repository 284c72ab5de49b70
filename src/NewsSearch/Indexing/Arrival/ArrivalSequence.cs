using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing.Arrival;

/// <summary>
/// Numbers articles in the order their content arrives, so a saved search can ask for "indexed since
/// I last ran". An upsert whose content is unchanged keeps the number it had (re-indexing the same
/// feed raises no alert again); new ids and changed content (a correction) get the next number.
/// Every commit records a watermark: all articles numbered up to it are in that commit.
/// </summary>
/// <remarks>
/// The sequence only stamps documents; the writer hands each stamped document to Lucene while the
/// <see cref="Stamp"/> is held (a shared lock), and the watermark is read under the exclusive lock,
/// so an article numbered below the watermark is never still in flight.
/// Unchanged content is recognised by looking the id up in the writer's own near-real-time reader,
/// moved forward at every commit, which shares the writer's open segments rather than opening the
/// index a second time. A rebuild starts from an empty index, so until its first commit it looks
/// up the old index's last commit instead, which the rebuild replaces only at that commit.
/// </remarks>
internal sealed class ArrivalSequence : IDisposable
{
    /// <summary>Commit user data key of the watermark.</summary>
    public const string CommitDataKey = "newssearch.arrival";

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private DirectoryReader? _previous;
    private bool _previousIsOwn;
    private long _last;

    private ArrivalSequence(DirectoryReader? previous, bool previousIsOwn, long last)
    {
        _previous = previous;
        _previousIsOwn = previousIsOwn;
        _last = last;
    }

    /// <summary>Numbering that goes on from what <paramref name="writer"/>'s index holds.</summary>
    public static ArrivalSequence Continue(IndexWriter writer)
    {
        var own = DirectoryReader.Open(writer, applyAllDeletes: true);
        return new ArrivalSequence(own, previousIsOwn: true, Math.Max(Read(own.IndexCommit?.UserData) ?? 0, Highest(own)));
    }

    /// <summary>
    /// Numbering for a rebuild into <paramref name="directory"/>, compared with the index it replaces.
    /// A damaged old index is compared with nothing, so every article arrives anew; numbering goes
    /// on from the old watermark when its commit still says it, and saved searches that have read
    /// further start again from the rebuilt index's end (see AlertSearch).
    /// </summary>
    public static ArrivalSequence Rebuild(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return new ArrivalSequence(null, previousIsOwn: false, 0);
        }

        DirectoryReader? old = null;
        try
        {
            old = DirectoryReader.Open(directory);
            return new ArrivalSequence(old, previousIsOwn: false, Math.Max(Read(old.IndexCommit.UserData) ?? 0, Highest(old)));
        }
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            old?.Dispose();
            return new ArrivalSequence(null, previousIsOwn: false, LastWatermark(directory));
        }
    }

    /// <summary>Reads a commit's watermark; null when the commit has none.</summary>
    public static long? Read(IDictionary<string, string>? userData) =>
        userData is not null && userData.TryGetValue(CommitDataKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The highest arrival number among the reader's live articles; 0 when there are none.</summary>
    public static long Highest(IndexReader reader)
    {
        var searcher = new IndexSearcher(reader);
        var sort = new Sort(new SortField(FieldNames.Arrival, SortFieldType.INT64, reverse: true));
        var top = searcher.Search(new MatchAllDocsQuery(), null, 1, sort);
        if (top.ScoreDocs.Length == 0)
        {
            return 0;
        }

        var doc = top.ScoreDocs[0].Doc;
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(FieldNames.Arrival)?.Get(doc - leaf.DocBase) ?? 0;
    }

    /// <summary>
    /// Stamps the article's document with its arrival number and content hash, and holds the
    /// shared lock until the stamp is disposed: hand the document to Lucene before disposing it.
    /// </summary>
    public Stamp Number(PreparedArticle article)
    {
        var document = article.Document;
        _lock.EnterReadLock();
        try
        {
            var arrival = Existing(article.Id, article.ContentHash) ?? Interlocked.Increment(ref _last);
            document.Add(new NumericDocValuesField(FieldNames.Arrival, arrival));
            document.Add(new NumericDocValuesField(FieldNames.ContentHash, article.ContentHash));
            return new Stamp(_lock);
        }
        catch
        {
            _lock.ExitReadLock();
            throw;
        }
    }

    /// <summary>The number below which every article has been handed to Lucene; record it with the commit.</summary>
    public long Watermark()
    {
        _lock.EnterWriteLock();
        try
        {
            return Interlocked.Read(ref _last);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>After <paramref name="writer"/> committed: compares with its own reader, moved to what it now holds.</summary>
    public void Committed(IndexWriter writer)
    {
        _lock.EnterWriteLock();
        try
        {
            var newer = _previousIsOwn && _previous is not null
                ? DirectoryReader.OpenIfChanged(_previous, writer, applyAllDeletes: true)
                : DirectoryReader.Open(writer, applyAllDeletes: true);
            if (newer is not null)
            {
                _previous?.Dispose();
                _previous = newer;
                _previousIsOwn = true;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        _previous?.Dispose();
        _previous = null;
        _lock.Dispose();
    }

    private static long LastWatermark(LuceneDirectory directory)
    {
        try
        {
            return Read(IndexDirectory.ReadCommitData(directory)) ?? 0;
        }
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            return 0;
        }
    }

    /// <summary>The arrival of the article with this id when its content is the same; else null.</summary>
    private long? Existing(string id, long hash)
    {
        if (_previous is null)
        {
            return null;
        }

        var term = new Term(FieldNames.Id, id);
        foreach (var leaf in _previous.Leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }

            var doc = docs.NextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var hashes = reader.GetNumericDocValues(FieldNames.ContentHash);
            var arrivals = reader.GetNumericDocValues(FieldNames.Arrival);
            return hashes is not null && arrivals is not null && hashes.Get(doc) == hash ? arrivals.Get(doc) : null;
        }

        return null;
    }

    /// <summary>A stamped document on its way to Lucene: holds off the watermark until disposed.</summary>
    internal readonly struct Stamp(ReaderWriterLockSlim held) : IDisposable
    {
        public void Dispose() => held.ExitReadLock();
    }
}
