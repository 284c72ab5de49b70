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

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(20, false)]
    public void FirstCommitCutShortByAKill_ReadersSeeNoIndexAndTheNextWriterCreatesIt(int keptBytes, bool keepSegmentsGen)
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        NewsIndexWriter.Open(index).Dispose();

        // The folder as a kill during the creating writer's first commit leaves it: the start of that commit as segments_1.
        var commit = Directory.GetFiles(index, "segments_*").Single();
        var bytes = File.ReadAllBytes(commit);
        Assert.True(bytes.Length > keptBytes, $"{commit} has {bytes.Length} bytes");
        File.Delete(commit);
        File.WriteAllBytes(Path.Combine(index, "segments_1"), bytes[..keptBytes]);
        if (!keepSegmentsGen)
        {
            File.Delete(Path.Combine(index, "segments.gen"));
        }

        // No article was ever committed, so readers see no index yet rather than a damaged one.
        Assert.Throws<IndexNotFoundException>(() => NewsSearcher.Open(index));
        Assert.Throws<IndexNotFoundException>(() => IndexHealth.Check(index));

        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.Upsert(Articles.Any(id: "after-the-kill"));
        }

        var health = IndexHealth.Check(index);
        Assert.True(health.IsHealthy, string.Join("\n", health.Problems));
        Assert.Equal(1, health.Articles);
    }

    [Fact]
    public void UnreadableFirstCommitBesideSegmentFiles_IsStillReportedAsDamage()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.Upsert(Articles.Any(id: "kept"));
        }

        // Articles were committed here: a cut-short commit over them must never be taken for a new index.
        var commit = Directory.GetFiles(index, "segments_*").Single();
        File.WriteAllBytes(commit, File.ReadAllBytes(commit)[..20]);

        var refusal = Assert.Throws<IndexDamagedException>(() => NewsIndexWriter.Open(index));
        Assert.Contains("damaged", refusal.Message, StringComparison.Ordinal);
        Assert.True(Directory.GetFiles(index, "_*").Length > 0, "the segment files are still there");
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
