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
/// Every commit records a watermark: all articles numbered up to it are in that commit. Upserts
/// hold a shared lock from numbering until the document is handed to Lucene, and the watermark is
/// read under the exclusive lock, so an article numbered below the watermark is never still in flight.
/// </summary>
internal sealed class ArrivalSequence : IDisposable
{
    /// <summary>Commit user data key of the watermark.</summary>
    public const string CommitDataKey = "newssearch.arrival";

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly LuceneDirectory _directory;
    private DirectoryReader? _committed;
    private long _last;

    public ArrivalSequence(LuceneDirectory directory)
    {
        _directory = directory;
        if (!DirectoryReader.IndexExists(directory))
        {
            return;
        }

        try
        {
            _committed = DirectoryReader.Open(directory);
            _last = Math.Max(Read(_committed.IndexCommit.UserData) ?? 0, Highest(_committed));
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            // A damaged index being rebuilt: nothing to compare with, so every article arrives anew.
            // Numbering goes on from the last watermark when the commit still says it; saved searches
            // that have read further start again from the rebuilt index's end (see AlertSearch).
            _committed?.Dispose();
            _committed = null;
            try
            {
                _last = Read(IndexDirectory.ReadCommitData(directory)) ?? 0;
            }
            catch (Exception again) when (IsDamage(again))
            {
                _last = 0;
            }
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

    /// <summary>Numbers the article's document and hands it to <paramref name="writer"/> (replacing its id) under the shared lock.</summary>
    public void Upsert(PreparedArticle article, IndexWriter writer)
    {
        var document = article.Document;
        _lock.EnterReadLock();
        try
        {
            var arrival = Existing(article.Id, article.ContentHash) ?? Interlocked.Increment(ref _last);
            document.Add(new NumericDocValuesField(FieldNames.Arrival, arrival));
            document.Add(new NumericDocValuesField(FieldNames.ContentHash, article.ContentHash));
            writer.UpdateDocument(new Term(FieldNames.Id, article.Id), document);
        }
        finally
        {
            _lock.ExitReadLock();
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

    /// <summary>Moves the lookups of existing content to the newest commit.</summary>
    public void Refresh()
    {
        _lock.EnterWriteLock();
        try
        {
            if (_committed is null)
            {
                _committed = DirectoryReader.IndexExists(_directory) ? DirectoryReader.Open(_directory) : null;
            }
            else if (DirectoryReader.OpenIfChanged(_committed) is { } newer)
            {
                _committed.Dispose();
                _committed = newer;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        _committed?.Dispose();
        _committed = null;
        _lock.Dispose();
    }

    private static bool IsDamage(Exception exception) =>
        exception is IOException or InvalidDataException or ArgumentException or IndexOutOfRangeException or InvalidOperationException;

    /// <summary>The arrival of the committed article with this id when its content is the same; else null.</summary>
    private long? Existing(string id, long hash)
    {
        if (_committed is null)
        {
            return null;
        }

        var term = new Term(FieldNames.Id, id);
        foreach (var leaf in _committed.Leaves)
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
}
