namespace NewsSearch.Cli;

/// <summary>
/// Keeps a second newssearch process from writing an index that one is already writing.
/// Lucene.NET 4.8's NativeFSLockFactory does not do this on Linux and macOS: it opens write.lock
/// with FileShare.Read, which .NET turns into a shared flock, so two processes both "obtain" it and
/// write one index at once. A file opened with FileShare.None takes an exclusive flock instead,
/// which the OS releases if the process dies.
/// </summary>
internal sealed class IndexWriteLock : IDisposable
{
    /// <summary>
    /// The lock file, inside the index folder. The leading underscore makes NewsSearch see it as an
    /// index file (not a foreign folder), and Lucene never deletes a file whose name ends in write.lock.
    /// </summary>
    public const string FileName = "_newssearch-cli.write.lock";

    // EWOULDBLOCK from flock on Unix (.NET puts the errno in HResult), ERROR_SHARING_VIOLATION on Windows.
    private const int UnixWouldBlock = 11;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);

    private readonly FileStream? _stream;

    private IndexWriteLock(FileStream? stream)
    {
        _stream = stream;
    }

    /// <summary>Takes the lock for <paramref name="indexPath"/>, creating the folder if needed.</summary>
    /// <exception cref="NewsSearchException">Another process holds the lock.</exception>
    public static IndexWriteLock Acquire(string indexPath)
    {
        if (File.Exists(indexPath))
        {
            // Not a folder: the library explains that better when the writer opens.
            return new IndexWriteLock(null);
        }

        Directory.CreateDirectory(indexPath);
        try
        {
            var stream = new FileStream(Path.Combine(indexPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            return new IndexWriteLock(stream);
        }
        catch (IOException exception) when (exception.HResult is UnixWouldBlock or WindowsSharingViolation)
        {
            throw new NewsSearchException($"index at '{indexPath}' is being written by another process; wait for it to finish", exception);
        }
    }

    public void Dispose() => _stream?.Dispose();
}
