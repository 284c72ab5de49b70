using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

public class SmokeTests
{
    [Fact]
    public void Search_Smoke()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "a", title: "Uyghur's families speak", body: "Families in Xinjiang say that the Uyghurs were detained. Chen Quanguo is the party chief.", published: Articles.Date(2018, 5, 1), captions: ["A market in Kashgar (AP photo)"]),
            Articles.Any(id: "b", title: "Cotton prices fall", body: "Cotton from Xinjiang is cheaper this year.", published: Articles.Date(2019, 5, 1), source: "Meridian Wire"));
        var results = index.Search("Xinjiang");
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Id} {hit.Score} {hit.Title} {hit.Source} {hit.Published} | {string.Join(" || ", hit.Snippets.Select(s => s.Field + ": " + s.Render("[", "]")))}");
        }

        Assert.Equal(2, results.TotalHits);
        Assert.Equal(["a"], index.Ids("UYGHUR"));
        Assert.Equal(["a"], index.Ids("\"Chen Quanguo\""));
        Assert.Equal(["b"], index.Ids("source:\"meridian wire\""));
        Assert.Equal(["b"], index.Ids("date:2019"));
        Assert.Equal(["a"], index.Ids("date:[2018-01-01 TO 2018-12-31]"));
        Assert.Equal(["b", "a"], index.Ids(new NewsQuery("xinjiang") { Sort = SortOrder.Newest }));
        var partial = index.Search("cotton xinjiang elephants");
        Assert.NotNull(partial.PartialMatch);
        Assert.Equal(["b"], partial.Hits.Select(h => h.Id));
        Assert.Equal("[Uyghur's] families speak", index.Search("title:uyghur").Hits[0].Snippets[0].Render("[", "]"));
    }
}
