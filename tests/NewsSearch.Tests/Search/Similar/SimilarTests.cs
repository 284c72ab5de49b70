using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Similar;

public sealed class SimilarTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        DuplicateData.Article("o01"),
        DuplicateData.Article("o01-light"),
        DuplicateData.Article("n01"),
        DuplicateData.Article("o02"),
        DuplicateData.Article("n02"),
        DuplicateData.Article("o02-light"),
        DuplicateData.Article("o03"),
        DuplicateData.Article("o09"));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Similar_RanksTheOtherStoryOnTheSameEventFirst_AndLeavesOutItsCopies()
    {
        var hits = _index.Searcher.Similar("o01", 3)!;

        Assert.Equal("n01", hits[0].Id);
        Assert.DoesNotContain(hits, h => h.Id is "o01" or "o01-light");
    }

    [Fact]
    public void Similar_CopiesOfARelatedStory_TakeOnePlace()
    {
        var hits = _index.Searcher.Similar("n02", 10)!;

        Assert.Single(hits, h => h.Id is "o02" or "o02-light");
        Assert.DoesNotContain(hits, h => h.Id == "n02");
    }

    [Fact]
    public void Similar_UnknownId_ReturnsNull() =>
        Assert.Null(_index.Searcher.Similar("no-such-id"));

    [Fact]
    public void Similar_TakeZero_ReturnsNone() =>
        Assert.Empty(_index.Searcher.Similar("o01", 0)!);
}
