using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

/// <summary>Limits up to <see cref="int.MaxValue"/> allocate by what the index holds, not by the limit (issue 14, item 6).</summary>
public sealed class HugeLimitTests : IDisposable
{
    private readonly MemoryIndex _index = new([.. Enumerable.Range(0, 30).Select(i => Articles.Any(
        id: "big-" + i,
        title: "Ferry strike day " + i,
        body: $"Crews of the harbour ferry walked out on day {i} over pay and rosters; the council met the union.",
        tags: ["ferry", "tag" + (i % 5)]))]);

    public static TheoryData<int> Limits => new() { int.MaxValue, int.MaxValue - 1, 2_147_483_000, 1_073_741_824 };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Similar_HugeTake_ReturnsWhatThereIs(int take)
    {
        var similar = _index.Searcher.Similar("big-1", take);

        Assert.NotNull(similar);
        Assert.InRange(similar.Count, 1, 29);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Search_HugeTakeSkipAndFacetLimit_ReturnsWhatThereIs(int limit)
    {
        var all = _index.Searcher.Search(new NewsQuery("ferry") { Take = limit, FacetLimit = limit, Facets = [FacetField.Tag] });
        var skipped = _index.Searcher.Search(new NewsQuery("ferry") { Skip = limit, Take = limit });
        var collapsed = _index.Searcher.Search(new NewsQuery("ferry") { Take = limit, Skip = 1, Collapse = true });
        var newest = _index.Searcher.Search(new NewsQuery("ferry") { Take = limit, Sort = SortOrder.Newest });

        Assert.Equal(30, all.Hits.Count);
        Assert.Equal(6, all.Facets[FacetField.Tag].Count);
        Assert.Empty(skipped.Hits);
        Assert.NotEmpty(collapsed.Hits);
        Assert.Equal(30, newest.Hits.Count);
    }

    public void Dispose() => _index.Dispose();
}
