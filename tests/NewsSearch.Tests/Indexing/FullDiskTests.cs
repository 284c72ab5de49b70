using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>A disk that fills up, or a folder that turns read-only, part-way through a run: a clear error, and the index as of its last commit.</summary>
public sealed class FullDiskTests
{
    public static TheoryData<string> Failures => new() { "full", "read-only" };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Indexing_WhenWritesStartFailing_FailsClearlyAndLeavesTheLastCommitWhole(string kind)
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using (var first = NewsIndexWriter.Open(index))
        {
            first.UpsertAll(Enumerable.Range(0, 200).Select(i => Articles.Any(id: "kept-" + i)));
        }

        Func<Exception> failure = kind == "full" ? FailingDirectory.DiskFull : FailingDirectory.ReadOnly;
        var options = NewsIndexOptions.Default with { CommitEveryArticles = 500, RamBufferSizeMb = 1 };
        var writer = NewsIndexWriter.Open(index, options, directory => new FailingDirectory(directory, 400_000, failure));
        var error = Record.Exception(() =>
        {
            writer.UpsertAll(Enumerable.Range(0, 20_000).Select(i => Articles.Any(id: "more-" + i, body: $"Article {i} with enough words to fill segments quickly: harbour ferry council vote budget.")));
            writer.Commit();
        });
        writer.Rollback();

        Assert.NotNull(error);
        Assert.True(error is IOException or UnauthorizedAccessException, error.ToString());
        Assert.Contains(kind == "full" ? "No space left on device" : "read-only", error.Message, StringComparison.Ordinal);
        var health = IndexHealth.Check(index);
        Assert.True(health.IsHealthy, string.Join("\n", health.Problems));
        Assert.InRange(health.Articles, 200, 20_200);
        using (var searcher = NewsSearcher.Open(index))
        {
            Assert.Equal(health.Articles, searcher.GetStats().Articles);
            Assert.NotNull(searcher.Get("kept-199"));
        }

        using var after = NewsIndexWriter.Open(index);
        after.Upsert(Articles.Any(id: "after-the-disk-was-freed"));
    }

    [Fact]
    public void Opening_OnAReadOnlyFolder_FailsWithOneLine()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        NewsIndexWriter.Open(index).Dispose();

        var error = Record.Exception(() =>
        {
            using var writer = NewsIndexWriter.Open(index, null, directory => new FailingDirectory(directory, 0, FailingDirectory.ReadOnly));
            writer.Upsert(Articles.Any());
            writer.Commit();
        });

        Assert.True(error is UnauthorizedAccessException or NewsSearchException, error?.ToString());
        Assert.DoesNotContain('\n', error!.Message);
        Assert.True(IndexHealth.Check(index).IsHealthy);
    }
}
