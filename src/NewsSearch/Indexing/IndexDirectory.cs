using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>Opens index folders and checks that what is there is a NewsSearch index of this schema.</summary>
internal static class IndexDirectory
{
    /// <summary>For writing: NIO rather than memory mapping, since mapped files still growing misbehave (LUCENENET #1090).</summary>
    public static LuceneDirectory OpenForWriting(string path)
    {
        Codec.NewsCodecFactory.EnsureRegistered();
        return new LuceneFilesOnly(new NIOFSDirectory(new DirectoryInfo(path)));
    }

    /// <summary>For checking every file: NIO, as a check reads each file once from start to end.</summary>
    public static LuceneDirectory OpenForChecking(string path) => OpenForWriting(path);

    /// <summary>For reading committed segments, which never change: memory mapping is the fastest.</summary>
    public static LuceneDirectory OpenForReading(string path)
    {
        Codec.NewsCodecFactory.EnsureRegistered();
        return new LuceneFilesOnly(FSDirectory.Open(new DirectoryInfo(path)));
    }

    /// <summary>Throws a <see cref="NewsSearchException"/> unless the last commit was written by this schema version.</summary>
    public static int CheckSchema(IDictionary<string, string>? userData, string displayPath)
    {
        var version = SchemaVersion.Read(userData);
        if (version is null)
        {
            throw new NewsSearchException($"'{displayPath}' holds a Lucene index that NewsSearch did not write; use another folder");
        }

        if (version != SchemaVersion.Current)
        {
            throw new NewsSearchException(
                $"index at '{displayPath}' uses schema version {version}, but this NewsSearch reads version {SchemaVersion.Current}; rebuild it from the original files (newssearch index --rebuild <paths>)");
        }

        return version.Value;
    }

    /// <summary>Reads the commit user data of the newest commit without opening a reader.</summary>
    public static IDictionary<string, string> ReadCommitData(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }

    /// <summary>Bytes taken by the files of the index.</summary>
    public static long SizeInBytes(LuceneDirectory directory)
    {
        long total = 0;
        foreach (var file in directory.ListAll())
        {
            try
            {
                total += directory.FileLength(file);
            }
            catch (IOException)
            {
                // A file merged away between listing and measuring is no longer part of the index.
            }
        }

        return total;
    }

    /// <summary>Whether an exception says the index files are damaged (truncated, overwritten, missing), rather than that the disk failed.</summary>
    public static bool IsDamage(Exception exception) =>
        exception is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException;

    /// <summary>
    /// <see cref="IsDamage"/>, or one of the exceptions Lucene.NET throws while opening files whose
    /// lengths or offsets make no sense (a truncated compound file fails a slice with ArgumentException).
    /// Only for catch clauses around opening an index, where no argument of ours can be wrong.
    /// </summary>
    public static bool IsDamageWhileOpening(Exception exception) =>
        IsDamage(exception) || exception is ArgumentException or IndexOutOfRangeException or InvalidCastException;

    /// <summary>
    /// <see cref="IsDamageWhileOpening"/>, or what Lucene.NET and the stored-fields codec throw when
    /// they read bytes that a flip or an overwrite made meaningless (a Deflate stream that does not
    /// decode, a length that overflows). For catch clauses around reading a committed index, where
    /// every argument is Lucene's own; whatever it was, <c>verify</c> tells which file is damaged.
    /// </summary>
    public static bool IsReadFailure(Exception exception) =>
        IsDamageWhileOpening(exception)
        || exception is InvalidDataException or OverflowException or NullReferenceException or Lucene.Net.Diagnostics.AssertionException
            or (InvalidOperationException and not ObjectDisposedException);

    /// <summary>The one-line message for a damaged index, saying how to find out more and how to recover.</summary>
    public static string DamageMessage(string displayPath, Exception exception) =>
        $"the index at '{displayPath}' is damaged ({exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}); newssearch verify tells more, and newssearch index --rebuild <paths> rebuilds it from the original files";

    /// <summary>Deletes the Lucene files of an index (never other files, nor the writer's own lock).</summary>
    public static void DeleteIndexFiles(LuceneDirectory directory)
    {
        foreach (var file in directory.ListAll())
        {
            if (file != IndexWriter.WRITE_LOCK_NAME && file != WriterProcessLock.FileName && IsLuceneFileName(file))
            {
                directory.DeleteFile(file);
            }
        }
    }

    /// <summary>
    /// Whether a folder holds files that are not a Lucene index (a user's documents, say). NewsSearch's
    /// own files beside the index (the writer lock, saved searches) all start with <c>newssearch.</c>.
    /// </summary>
    public static bool IsForeignNonEmptyFolder(string path) =>
        System.IO.Directory.Exists(path)
        && System.IO.Directory.EnumerateFileSystemEntries(path).Any(entry => !IsLuceneFileName(Path.GetFileName(entry)));

    private static bool IsLuceneFileName(string name) =>
        name == IndexWriter.WRITE_LOCK_NAME || name.StartsWith("newssearch.", StringComparison.Ordinal) || name.EndsWith("write.lock", StringComparison.Ordinal) || name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_');
}
