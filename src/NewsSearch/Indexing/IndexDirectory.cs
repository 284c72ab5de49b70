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

    /// <summary>Throws a <see cref="NewsSearchException"/> (an <see cref="IndexVersionException"/> for another version) unless the last commit was written by this schema version.</summary>
    public static int CheckSchema(IDictionary<string, string>? userData, string displayPath)
    {
        var version = SchemaVersion.Read(userData);
        if (version is null)
        {
            throw new NewsSearchException($"'{displayPath}' holds a Lucene index that NewsSearch did not write; use another folder");
        }

        if (version != SchemaVersion.Current)
        {
            throw new IndexVersionException(displayPath, version.Value, SchemaVersion.Current);
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

    /// <summary>
    /// Whether the folder holds nothing but a first commit that cannot be read: what a writer leaves
    /// when it is killed while creating a new index, before any article was added. Lucene counts the
    /// folder as an index from the moment segments_1 exists, truncated or not, so without this check
    /// every later run would call it damaged.
    /// </summary>
    public static bool IsUnfinishedFirstCommit(LuceneDirectory directory)
    {
        var files = directory.ListAll().Where(file => !file.EndsWith("write.lock", StringComparison.Ordinal)).ToArray();
        if (files.Length == 0 || files.Any(file => file != "segments_1" && file != IndexFileNames.SEGMENTS_GEN))
        {
            return false;
        }

        try
        {
            _ = ReadCommitData(directory);
            return false;
        }
        catch (Exception exception) when (IndexDamage.Is(exception))
        {
            return true;
        }
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
