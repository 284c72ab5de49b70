namespace NewsSearch.Indexing;

/// <summary>
/// An exclusive, OS-level lock on an index folder held for a writer's whole life. Lucene.NET 4.8's
/// NativeFSLockFactory does not exclude other processes on Linux and macOS (it opens write.lock with
/// FileShare.Read, which .NET maps to a shared flock), so two processes could both "obtain" it and
/// write one index at once. A file opened with FileShare.None takes an exclusive flock, which the OS
/// releases when the process dies, so a killed writer never leaves a stale lock behind.
/// </summary>
internal sealed class WriterProcessLock : IDisposable
{
    /// <summary>Ends in write.lock so Lucene's file deleter never touches it.</summary>
    public const string FileName = "newssearch.write.lock";

    // EWOULDBLOCK from flock on Unix (.NET puts the errno in HResult), ERROR_SHARING_VIOLATION on Windows.
    private const int UnixWouldBlock = 11;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);

    private readonly FileStream _stream;
    private readonly FolderLock? _folderLock;

    private WriterProcessLock(FileStream stream, FolderLock? folderLock)
    {
        _stream = stream;
        _folderLock = folderLock;
    }

    /// <exception cref="NewsSearchException">Another writer, in this process or another, holds the index.</exception>
    public static WriterProcessLock Acquire(string folder, string displayPath)
    {
        // The folder first: the lock file can be deleted under a running writer, the folder cannot.
        if (!FolderLock.TryAcquire(folder, out var folderLock))
        {
            throw new NewsSearchException($"index at '{displayPath}' is being written by another process; wait for it to finish");
        }

        try
        {
            var stream = new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            return new WriterProcessLock(stream, folderLock);
        }
        catch (IOException exception) when (exception.HResult is UnixWouldBlock or WindowsSharingViolation)
        {
            folderLock?.Dispose();
            throw new NewsSearchException($"index at '{displayPath}' is being written by another process; wait for it to finish", exception);
        }
        catch
        {
            folderLock?.Dispose();
            throw;
        }
    }

    /// <summary>Releases the lock and removes the lock file, for a folder that turned out not to be ours.</summary>
    public void DisposeAndDelete()
    {
        var path = _stream.Name;
        _stream.Dispose();
        File.Delete(path);
        _folderLock?.Dispose();
    }

    public void Dispose()
    {
        _stream.Dispose();
        _folderLock?.Dispose();
    }
}
