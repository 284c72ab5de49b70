using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

public sealed class ResultListTests
{
    [Fact]
    public void Search_FewSearches_ListsTheSameRowsFromStoredFields()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "full", title: "Harbour ferry adds night crossings", body: "The harbour authority said so.", byline: "Jane Doe", source: "Harbour Gazette", published: Articles.Date(2021, 3, 2), url: "https://example.org/ferry"),
            Articles.Any(id: "bare", title: "Harbour notes", body: "Harbour business as usual.", source: null));
        using var fewSearches = NewsSearcher.Open(index.Writer, new NewsSearcherOptions { FewSearches = true });
        var query = new NewsQuery("harbour") { Highlight = false };

        var fromDocValues = index.Search(query).Hits.Select(Row).ToList();
        var fromStoredFields = fewSearches.Search(query).Hits.Select(Row).ToList();

        Assert.Equal(2, fromDocValues.Count);
        Assert.Equal(fromDocValues, fromStoredFields);
        Assert.Contains(fromStoredFields, row => row.Source is null && row.Byline is null && row.Url is null && row.Published is null);
    }

    private static (string Id, float Score, string? Title, string? Byline, string? Url, string? Source, DateTimeOffset? Published) Row(SearchHit hit) =>
        (hit.Id, hit.Score, hit.Title, hit.Byline, hit.Url, hit.Source, hit.Published);
}
