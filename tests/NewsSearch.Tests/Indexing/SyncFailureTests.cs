using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>An fsync that fails with a bare error code (issue 14): the message says what happened and where.</summary>
public sealed class SyncFailureTests
{
    [Fact]
    public void Commit_FsyncFailsWithABareErrorCode_SaysDiskFullOrIoErrorWithThePath()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        NewsIndexWriter.Open(index).Dispose();
        var writer = NewsIndexWriter.Open(index, null, directory => new FailingDirectory(directory, long.MaxValue, () => new IOException("0x0000001C", 28)) { FailSync = true });

        var failure = Record.Exception(() =>
        {
            writer.Upsert(Articles.Any());
            writer.Commit();
        });
        writer.Rollback();

        var io = Assert.IsAssignableFrom<IOException>(failure);
        Assert.StartsWith($"cannot write the index at '{index}': disk full or I/O error", io.Message, StringComparison.Ordinal);
        Assert.Contains("0x0000001C", io.Message, StringComparison.Ordinal);
        Assert.Equal(28, io.HResult);
        Assert.True(IndexHealth.Check(index).IsHealthy);
    }
}
