using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Synonyms;

public sealed class SynonymSearchTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(id: "uyghurs", title: "Families wait for word from the region", body: "Relatives of Uyghurs detained in the region spoke in Geneva."),
        Articles.Any(id: "kyiv", title: "Trams return to Kyiv", body: "The city restored power to its tram lines."),
        Articles.Any(id: "saigon", title: "Scooter ban debated", body: "Officials in Saigon proposed limits on scooters downtown."),
        Articles.Any(id: "hcmc", title: "Metro line opens", body: "Ho Chi Minh City opened its first metro line on Sunday."),
        Articles.Any(id: "families", title: "Letters home", body: "Uyghur families abroad wrote letters that were never answered."),
        Articles.Any(id: "ferry", title: "Harbour ferry adds night crossings", body: "The harbour authority said the new crossings would start in spring."));

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Uighur")]
    [InlineData("uighurs")]
    [InlineData("Uigur")]
    public void Search_TransliterationVariant_FindsArticleUsingAnotherSpelling(string query) =>
        Assert.Contains("uyghurs", _index.Ids(query));

    [Fact]
    public void Search_Variant_HighlightsTheSpellingTheArticleUses()
    {
        var hit = _index.Search("Uighur").Hits.Single(h => h.Id == "uyghurs");

        var snippet = Assert.Single(hit.Snippets);
        Assert.Contains("[Uyghurs]", snippet.Render("[", "]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Variant_ReportsTheExpansion()
    {
        var results = _index.Search("Kiev");

        Assert.Equal(["kyiv"], results.Hits.Select(h => h.Id));
        var expansion = Assert.Single(results.Synonyms);
        Assert.Equal("Kiev", expansion.Word);
        Assert.Equal(["Kyiv"], expansion.Variants);
    }

    [Fact]
    public void Search_Variant_ReportsOnlyVariantsTheIndexUses()
    {
        var results = _index.Search("Uighur");

        var expansion = Assert.Single(results.Synonyms);
        Assert.Equal(["Uyghur"], expansion.Variants);
        Assert.Empty(_index.Search("Geneva").Synonyms);
    }

    [Fact]
    public void Search_ExpandSynonymsOff_FindsOnlyTheSpellingTyped()
    {
        var results = _index.Search(new NewsQuery("Uighur") { ExpandSynonyms = false, SuggestSpelling = false });

        Assert.Empty(results.Hits);
        Assert.Empty(results.Synonyms);
    }

    [Theory]
    [InlineData("Saigon")]
    [InlineData("\"Ho Chi Minh City\"")]
    [InlineData("Ho Chi Minh City")]
    [InlineData("ho chi minh city")]
    public void Search_MultiWordVariant_FindsBothNames(string query) =>
        Assert.Equal(["hcmc", "saigon"], _index.Ids(query).Order());

    [Fact]
    public void Search_MultiWordRunInLongerQuery_KeepsTheOtherWordsRequired()
    {
        Assert.Equal(["hcmc"], _index.Ids("Ho Chi Minh City metro"));
        Assert.Equal(["saigon"], _index.Ids("Ho Chi Minh City scooters"));
    }

    [Fact]
    public void Search_VariantInsidePhrase_MatchesThePhraseWithEitherSpelling()
    {
        Assert.Equal(["families"], _index.Ids("\"Uighur families\""));
        Assert.Empty(_index.Ids("\"families Uighur\""));
    }

    [Fact]
    public void Search_FieldQuery_ExpandsInThatFieldOnly()
    {
        Assert.Equal(["kyiv"], _index.Ids("title:Kiev"));
        Assert.Empty(_index.Ids("body:Kiev"));
    }

    [Fact]
    public void Search_ExcludedWord_ExcludesItsVariantsToo() =>
        Assert.DoesNotContain("kyiv", _index.Ids("tram -Kiev"));

    [Fact]
    public void Search_SynonymsFromOptions_AddToTheDefaults()
    {
        using var folder = new TempFolder();
        var file = folder.File("synonyms.txt", "# local names\nharbour, port of call\n");
        using var searcher = NewsSearcher.Open(_index.Writer, new NewsSearcherOptions { SynonymFiles = [file], Synonyms = [["tram", "streetcar"]] });

        Assert.Equal(["kyiv"], searcher.Search("streetcars").Hits.Select(h => h.Id));
        Assert.Equal(["ferry"], searcher.Search("\"port of call\"").Hits.Select(h => h.Id));
        Assert.Equal(["kyiv"], searcher.Search("Kiev").Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_DefaultSynonymsOff_KeepsOnlyTheGivenGroups()
    {
        using var searcher = NewsSearcher.Open(_index.Writer, new NewsSearcherOptions { DefaultSynonyms = false, Synonyms = [["tram", "streetcar"]] });

        Assert.Empty(searcher.Search(new NewsQuery("Kiev") { SuggestSpelling = false }).Hits);
        Assert.Single(searcher.Search("streetcar").Hits);
    }

    [Fact]
    public void Open_MalformedSynonymFile_FailsWithFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.txt", "Navalny Navalnyy\n");

        var exception = Assert.Throws<NewsSearchException>(() => NewsSearcher.Open(_index.Writer, new NewsSearcherOptions { SynonymFiles = [file] }));

        Assert.Contains("bad.txt:1:", exception.Message, StringComparison.Ordinal);
    }
}
