namespace NewsSearch.Tests;

public sealed class NewsIndexOptionsTests
{
    public static TheoryData<NewsIndexOptions> Unworkable => new()
    {
        NewsIndexOptions.Default with { RamBufferSizeMb = 0 },
        NewsIndexOptions.Default with { RamBufferSizeMb = 4096 },
        NewsIndexOptions.Default with { CommitEveryArticles = 0 },
        NewsIndexOptions.Default with { IndexingThreads = -1 },
        NewsIndexOptions.Default with { CommitInterval = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(Unworkable))]
    public void CreateInMemory_UnworkableValue_ThrowsArgumentOutOfRange(NewsIndexOptions options) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsIndexWriter.CreateInMemory(options));

    [Fact]
    public void Open_UnworkableValue_ThrowsBeforeTouchingTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newssearch-options-" + Guid.NewGuid().ToString("N"));

        Assert.Throws<ArgumentOutOfRangeException>(() => NewsIndexWriter.Open(folder, NewsIndexOptions.Default with { CommitEveryArticles = -5 }));

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void CreateInMemory_Defaults_AreAccepted()
    {
        using var writer = NewsIndexWriter.CreateInMemory(NewsIndexOptions.Default);
        using var searcher = NewsSearcher.Open(writer);

        writer.Upsert(Support.Articles.Any(id: "a"));
        searcher.Refresh();

        Assert.NotNull(searcher.Get("a"));
    }
}
