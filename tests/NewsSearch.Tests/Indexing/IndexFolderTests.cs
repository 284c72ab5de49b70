using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// The index folder under attack: stray <c>segments*</c> files (issue 14, item 9) and a lock file
/// deleted while a writer runs (item 8).
/// </summary>
public sealed class IndexFolderTests
{
    public static TheoryData<string> StrayNames => new() { "segments_2.bak", "segments.old", "segments-backup.tar", "segments_zz~", "segmentsX" };

    [Theory]
    [MemberData(nameof(StrayNames))]
    public void StraySegmentsFile_SearchWriteAndCheck_IgnoreIt(string name)
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.UpsertAll(Enumerable.Range(0, 20).Select(i => Articles.Any(id: "s-" + i)));
        }

        File.WriteAllText(Path.Combine(index, name), "a backup someone left here");

        using (var searcher = NewsSearcher.Open(index))
        {
            Assert.Equal(20, searcher.GetStats().Articles);
        }

        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.Upsert(Articles.Any(id: "s-more"));
        }

        var health = IndexHealth.Check(index);
        Assert.True(health.IsHealthy, string.Join("\n", health.Problems));
        Assert.Equal(21, health.Articles);
        Assert.True(File.Exists(Path.Combine(index, name)));
    }

    [Fact]
    public void LockFilesDeletedWhileAWriterRuns_ASecondWriterIsStillRefusedAndTheFirstCommits()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using (var first = NewsIndexWriter.Open(index))
        {
            first.UpsertAll(Enumerable.Range(0, 50).Select(i => Articles.Any(id: "first-" + i)));
            first.Commit();
            foreach (var lockFile in Directory.GetFiles(index, "*write.lock"))
            {
                File.Delete(lockFile);
            }

            var second = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Open(index).Dispose());
            Assert.Contains("is being written by another process", second.Message, StringComparison.Ordinal);
            var rebuild = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Create(index).Dispose());
            Assert.Contains("is being written by another process", rebuild.Message, StringComparison.Ordinal);

            first.UpsertAll(Enumerable.Range(50, 50).Select(i => Articles.Any(id: "first-" + i)));
        }

        var health = IndexHealth.Check(index);
        Assert.True(health.IsHealthy, string.Join("\n", health.Problems));
        Assert.Equal(100, health.Articles);
        using var after = NewsIndexWriter.Open(index);
        after.Upsert(Articles.Any(id: "after"));
    }
}
