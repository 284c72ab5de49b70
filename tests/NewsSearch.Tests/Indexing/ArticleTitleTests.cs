using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

public sealed class ArticleTitleTests
{
    [Fact]
    public void Upsert_OrdinaryTitle_IsNotAStoredFieldButComesBackEverywhere()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.Upsert(Articles.Any(id: "a", title: "Ferry timetable approved", body: "The council voted on Tuesday."));
        }

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        Assert.Null(reader.Document(0).GetField("title"));

        using var searcher = NewsSearcher.Open(folder.Path);
        var hit = Assert.Single(searcher.Search(new NewsQuery("timetable")).Hits);
        Assert.Equal("Ferry timetable approved", hit.Title);
        Assert.Equal("Ferry timetable approved", searcher.Get("a")!.Title);
        Assert.Equal("title", Assert.Single(hit.Snippets).Field);
    }

    [Fact]
    public void Get_TitleLongerThanTheResultListKeeps_ComesBackWhole()
    {
        var title = string.Concat(Enumerable.Repeat("Ferry timetable ", 1000));
        using var index = new MemoryIndex(Articles.Any(id: "long", title: title));

        var hit = Assert.Single(index.Search("timetable").Hits);

        Assert.Equal(title, index.Searcher.Get("long")!.Title);
        Assert.StartsWith(hit.Title!, title, StringComparison.Ordinal);
        Assert.True(hit.Title!.Length <= 8192);
    }
}
