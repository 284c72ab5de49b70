using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Alerts;

public sealed class SavedSearchesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_ReportsOnlyMatchingArticlesIndexedSinceTheLastRun()
    {
        var index = Index(Articles.Any(title: null, id: "old", body: "Ferry strike called off."));
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");

        var first = searches.Run();
        Index(Articles.Any(title: null, id: "new", body: "A ferry strike starts.", published: Articles.Date(2024, 5, 1)), Articles.Any(title: null, id: "other", body: "Glaciers melt."));
        var second = searches.Run();
        var third = searches.Run();

        Assert.Empty(Assert.Single(first).Hits);
        Assert.Equal(["new"], Assert.Single(second).Hits.Select(h => h.Id));
        Assert.NotEmpty(Assert.Single(second).Hits[0].Snippets);
        Assert.Empty(Assert.Single(third).Hits);
        Assert.NotNull(searches.List().Single().LastRun);
    }

    [Fact]
    public void Run_UnchangedReindex_IsNotNew_ButACorrectionIs()
    {
        var article = Articles.Any(title: null, id: "a1", body: "Ferry strike ends.");
        var index = Index(article);
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");

        Index(article);
        var afterSame = searches.Run();
        Index(article with { Body = "Ferry strike ends after talks." });
        var afterCorrection = searches.Run();

        Assert.Empty(afterSame.Single().Hits);
        Assert.Equal(["a1"], afterCorrection.Single().Hits.Select(h => h.Id));
    }

    [Fact]
    public void Run_UnchangedUpsertAfterACommitOfTheSameWriter_IsNotNew()
    {
        var article = Articles.Any(title: null, id: "a1", body: "Ferry strike ends.");
        var index = Index();
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");

        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.Upsert(article);
            writer.Commit();
            searches.Run();
            writer.Upsert(article);
            writer.Upsert(Articles.Any(title: null, id: "a2", body: "Another ferry strike."));
        }

        Assert.Equal(["a2"], searches.Run().Single().Hits.Select(h => h.Id));
    }

    [Fact]
    public void Run_AfterRebuildOfTheSameArticles_ReportsNothing()
    {
        var article = Articles.Any(title: null, id: "a1", body: "Ferry strike ends.");
        var index = Index(article);
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");

        using (var writer = NewsIndexWriter.Create(index))
        {
            writer.Upsert(article);
        }

        Assert.Empty(searches.Run().Single().Hits);
    }

    [Fact]
    public void Run_OneByName_LeavesTheOthersWhereTheyWere()
    {
        var index = Index(Articles.Any(title: null, body: "nothing yet"));
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");
        searches.Add("glaciers", "glacier");
        Index(Articles.Any(title: null, body: "ferry and glacier"));

        var ferries = searches.Run("ferries");
        var all = searches.Run();

        Assert.Single(ferries.Single().Hits);
        Assert.Empty(all.Single(r => r.Search.Name == "ferries").Hits);
        Assert.Single(all.Single(r => r.Search.Name == "glaciers").Hits);
    }

    [Fact]
    public void Run_DoesNotRelaxToPartialMatches()
    {
        var index = Index(Articles.Any(title: null, body: "nothing yet"));
        var searches = SavedSearches.Open(index);
        searches.Add("both", "ferry glacier");
        Index(Articles.Any(title: null, body: "only a ferry"));

        Assert.Empty(searches.Run().Single().Hits);
    }

    [Fact]
    public void AddAndRemove_KeepTheListInTheIndexFolder()
    {
        var index = Index(Articles.Any(title: null));
        var searches = SavedSearches.Open(index);

        searches.Add("b-search", "ferry");
        searches.Add("a-search", "title:glacier");
        var removed = searches.Remove("b-search");
        var removedAgain = searches.Remove("b-search");

        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Equal(["a-search"], SavedSearches.Open(index).List().Select(s => s.Name));
        Assert.True(File.Exists(Path.Combine(index, "newssearch.watches.json")));
    }

    [Fact]
    public void Add_ExistingNameOrBadQueryOrName_Fails()
    {
        var searches = SavedSearches.Open(Index(Articles.Any(title: null)));
        searches.Add("ferries", "ferry");

        Assert.Throws<NewsSearchException>(() => searches.Add("ferries", "boat"));
        Assert.Throws<InvalidQueryException>(() => searches.Add("broken", "\"unclosed"));
        Assert.Contains("'has space' is not a valid name", Assert.Throws<NewsSearchException>(() => searches.Add("has space", "boat")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownName_Fails() =>
        Assert.Throws<NewsSearchException>(() => SavedSearches.Open(Index(Articles.Any(title: null))).Run("nope"));

    [Fact]
    public void Writer_IndexFolderWithSavedSearches_OpensAsAnIndex()
    {
        var index = Index(Articles.Any(title: null));
        SavedSearches.Open(index).Add("ferries", "ferry");
        SavedSearches.Open(index).Run();

        using var writer = NewsIndexWriter.Open(index);
        writer.Upsert(Articles.Any(title: null));
        writer.Commit();

        Assert.True(File.Exists(Path.Combine(index, "newssearch.watches.json")));
    }

    [Fact]
    public void Run_AfterTheIndexWasStartedAfresh_GoesOnFromItsEnd()
    {
        var index = Index(Enumerable.Range(0, 5).Select(i => Articles.Any(title: null, body: $"ferry {i}")).ToArray());
        var searches = SavedSearches.Open(index);
        searches.Add("ferries", "ferry");
        foreach (var file in Directory.EnumerateFiles(index).Where(f => !Path.GetFileName(f).StartsWith("newssearch.", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        Index(Articles.Any(title: null, body: "ferry again"));
        var afterRestart = searches.Run();
        Index(Articles.Any(title: null, id: "later", body: "ferry later"));
        var later = searches.Run();

        Assert.Empty(afterRestart.Single().Hits);
        Assert.Equal(["later"], later.Single().Hits.Select(h => h.Id));
    }

    [Fact]
    public void Run_Concurrently_ReportsEachArticleOnce()
    {
        var index = Index(Articles.Any(title: null, body: "nothing yet"));
        SavedSearches.Open(index).Add("ferries", "ferry");
        Index(Enumerable.Range(0, 20).Select(i => Articles.Any(title: null, body: $"ferry number {i}")).ToArray());

        var runs = Enumerable.Range(0, 4).AsParallel().Select(_ => SavedSearches.Open(index).Run().Single().Hits.Count).ToList();

        Assert.Equal(20, runs.Sum());
    }

    private string Index(params NewsArticle[] articles)
    {
        var path = _folder.Combine("index");
        using var writer = NewsIndexWriter.Open(path);
        foreach (var article in articles)
        {
            writer.Upsert(article);
        }

        return path;
    }
}
