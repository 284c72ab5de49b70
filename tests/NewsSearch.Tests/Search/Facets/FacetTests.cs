using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Facets;

public sealed class FacetTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(title: null, id: "f1", body: "Ferry crews strike over pay.", source: "Harbour Gazette", byline: "Mira Holt and Tom Rey", section: "local", tags: ["transport", "labour"], published: Articles.Date(2019, 5, 1)),
        Articles.Any(title: null, id: "f2", body: "Ferry fares rise again.", source: "Meridian Wire", byline: "Tom Rey", section: "business", tags: ["transport"], published: Articles.Date(2021, 2, 10)),
        Articles.Any(title: null, id: "f3", body: "Ferry timetable changes.", source: "Harbour Gazette", byline: "Ana Quispe", section: "local", tags: ["transport"], published: Articles.Date(2021, 7, 15)),
        Articles.Any(title: null, id: "f4", body: "A new ferry is launched.", source: "Harbour Gazette", section: "local", published: null, language: "de"),
        Articles.Any(title: null, id: "f5", body: "Glaciers melt in the Andes.", source: "Meridian Wire", section: "science", published: Articles.Date(2021, 1, 1)));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_Facets_CountAllHitsNotJustThePage()
    {
        var results = _index.Search(new NewsQuery("ferry") { Take = 1, Facets = [FacetField.Source, FacetField.Section] });

        Assert.Single(results.Hits);
        Assert.Equal([new FacetValue("Harbour Gazette", 3), new FacetValue("Meridian Wire", 1)], results.Facets[FacetField.Source]);
        Assert.Equal([new FacetValue("local", 3), new FacetValue("business", 1)], results.Facets[FacetField.Section]);
    }

    [Fact]
    public void Search_YearFacet_ComesFromTheDateAndCountsUndatedAsNone()
    {
        var results = _index.Search(new NewsQuery("ferry") { Facets = [FacetField.Year] });

        Assert.Equal([new FacetValue("2021", 2), new FacetValue(FacetValue.NoValue, 1), new FacetValue("2019", 1)], results.Facets[FacetField.Year]);
    }

    [Fact]
    public void Search_BylineAndTagFacets_CountEachAuthorAndTag()
    {
        var results = _index.Search(new NewsQuery("ferry") { Facets = [FacetField.Byline, FacetField.Tag, FacetField.Language] });

        Assert.Equal([new FacetValue("Tom Rey", 2), new FacetValue("Ana Quispe", 1), new FacetValue("Mira Holt", 1)], results.Facets[FacetField.Byline]);
        Assert.Equal([new FacetValue("transport", 3), new FacetValue("labour", 1)], results.Facets[FacetField.Tag]);
        Assert.Equal([new FacetValue("en", 3), new FacetValue("de", 1)], results.Facets[FacetField.Language]);
    }

    [Fact]
    public void Search_FacetLimit_KeepsTheMostFrequent()
    {
        var results = _index.Search(new NewsQuery("*") { FacetLimit = 1, Facets = [FacetField.Source] });

        Assert.Equal([new FacetValue("Harbour Gazette", 3)], results.Facets[FacetField.Source]);
    }

    [Fact]
    public void Search_FacetsAcrossSegments_AreSummedByValue()
    {
        using var index = new MemoryIndex(Articles.Any(title: null, body: "ferry one", source: "Harbour Gazette"));
        index.Writer.Upsert(Articles.Any(title: null, body: "ferry two", source: "Harbour Gazette"));
        index.Writer.Upsert(Articles.Any(title: null, body: "ferry three", source: "Meridian Wire"));
        index.Writer.Commit();
        index.Searcher.Refresh();

        var results = index.Search(new NewsQuery("ferry") { Facets = [FacetField.Source] });

        Assert.Equal([new FacetValue("Harbour Gazette", 2), new FacetValue("Meridian Wire", 1)], results.Facets[FacetField.Source]);
    }

    [Fact]
    public void Search_NoFacetsAsked_ReturnsNone() =>
        Assert.Empty(_index.Search(new NewsQuery("ferry")).Facets);
}
