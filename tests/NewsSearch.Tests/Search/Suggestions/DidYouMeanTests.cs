using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Suggestions;

public sealed class DidYouMeanTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(title: "Uyghur families seek news", body: "Relatives of Uyghurs detained in Xinjiang spoke to reporters."),
        Articles.Any(title: "Cotton and the Uyghur region", body: "Brands audit cotton grown in Xinjiang, home to most Uyghurs."),
        Articles.Any(title: "UN report on Xinjiang", body: "The report describes the detention of Uyghur people."),
        Articles.Any(title: "Belgium votes on heat pumps", body: "Belgium's parliament backed subsidies for heat pumps in Brussels."),
        Articles.Any(title: "Ferry strike ends", body: "Crews returned to work in Belgium and the Netherlands."));

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Ugyhur", "Uyghur")]
    [InlineData("ugyhur", "Uyghur")]
    [InlineData("Ugyhurs", "Uyghurs")]
    [InlineData("Belguim", "Belgium")]
    [InlineData("Xinjaing", "Xinjiang")]
    public void Search_MisspeltWord_SuggestsTheIndexSpellingInItsUsualCase(string query, string expected)
    {
        var results = _index.Search(query);

        Assert.Empty(results.Hits);
        Assert.Equal(expected, results.DidYouMean);
    }

    [Fact]
    public void Search_OneMisspeltWordOfSeveral_KeepsTheRestOfTheQuery()
    {
        Assert.Equal("\"Uyghur families\" -cotton", _index.Search("\"Ugyhur families\" -cotton").DidYouMean);
        Assert.Equal("title:Uyghur", _index.Search("title:Ugyhur").DidYouMean);
        Assert.Equal("Uyghur -source:Belguim", _index.Search("Ugyhur -source:Belguim").DidYouMean);
    }

    [Fact]
    public void Search_MisspeltWordWithOtherWordsFound_StillSuggests()
    {
        var results = _index.Search("Ugyhur cotton");

        Assert.NotNull(results.PartialMatch);
        Assert.Equal("Uyghur cotton", results.DidYouMean);
    }

    [Theory]
    [InlineData("Xinjiang")]
    [InlineData("wombat")]
    [InlineData("Xinji*")]
    [InlineData("Ugyhur~")]
    [InlineData("source:Ugyhur")]
    public void Search_NothingToCorrect_SuggestsNothing(string query) =>
        Assert.Null(_index.Search(query).DidYouMean);

    [Fact]
    public void Search_SuggestSpellingOff_SuggestsNothing() =>
        Assert.Null(_index.Search(new NewsQuery("Ugyhur") { SuggestSpelling = false }).DidYouMean);

    [Fact]
    public void Search_KnownSynonym_IsNotCorrected()
    {
        var results = _index.Search("Uighur");

        Assert.Equal(3, results.TotalHits);
        Assert.Null(results.DidYouMean);
    }

    [Fact]
    public void Search_RareMisspellingInTheIndex_SuggestsTheCommonSpelling()
    {
        using var index = new MemoryIndex([
            Articles.Any(body: "Rights groups say Ugyhurs were detained."),
            .. Enumerable.Range(1, 10).Select(i => Articles.Any(body: $"Uyghur activists met in Geneva for the {i}th time.")),
        ]);

        var results = index.Search("Ugyhur");

        Assert.Equal(1, results.TotalHits);
        Assert.Equal("Uyghur", results.DidYouMean);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Search_TransliteratedNameNearASynonymEntry_SuggestsTheVariantArticlesUseOverAnEquallyNearName(bool fewSearches)
    {
        using var writer = NewsIndexWriter.CreateInMemory();
        writer.UpsertAll([
            Articles.Any(body: "Colonel Gaddafi received envoys in Tripoli."),
            .. Enumerable.Range(1, 5).Select(i => Articles.Any(body: $"President Khatami spoke in Tehran on day {i}.")),
        ]);
        using var searcher = NewsSearcher.Open(writer, new NewsSearcherOptions { FewSearches = fewSearches });

        var results = searcher.Search("Khadafy");

        Assert.Equal("Gaddafi", results.DidYouMean);
        Assert.Equal(1, results.DidYouMeanHits);
    }

    [Fact]
    public void Search_NoSynonyms_StillPrefersTheKnownVariant()
    {
        using var index = new MemoryIndex([
            Articles.Any(body: "Colonel Gaddafi received envoys in Tripoli."),
            .. Enumerable.Range(1, 5).Select(i => Articles.Any(body: $"President Khatami spoke in Tehran on day {i}.")),
        ]);

        Assert.Equal("Gaddafi", index.Search(new NewsQuery("Khadafy") { ExpandSynonyms = false }).DidYouMean);
    }

    [Fact]
    public void Search_Suggestion_CountsTheArticlesItFinds()
    {
        var results = _index.Search("Ugyhur");

        Assert.Equal("Uyghur", results.DidYouMean);
        Assert.Equal(3, results.DidYouMeanHits);
        Assert.Null(_index.Search("Xinjiang").DidYouMeanHits);
    }

    [Fact]
    public void Search_SameMisspeltQueryAfterNewArticles_CountsTheNewSnapshot()
    {
        using var index = new MemoryIndex(Articles.Any(body: "Uyghur activists met in Geneva."), Articles.Any(body: "An Uyghur poet was freed."));
        Assert.Equal(2, index.Search("Ugyhur").DidYouMeanHits);

        index.Writer.Upsert(Articles.Any(body: "Uyghur families waited for news."));
        index.Writer.Commit();
        index.Searcher.Refresh();

        Assert.Equal(3, index.Search("Ugyhur").DidYouMeanHits);
    }

    [Fact]
    public void Search_SameMisspeltQueryUnderEachFilter_CountsWhatThatFilterLetsThrough()
    {
        using var index = new MemoryIndex(
            Articles.Any(body: "Uyghur activists met in Geneva.", source: "Wire", published: new DateTimeOffset(2020, 1, 5, 0, 0, 0, TimeSpan.Zero), section: "world", tags: ["rights"]),
            Articles.Any(body: "An Uyghur poet was freed.", source: "Daily", published: new DateTimeOffset(2021, 1, 5, 0, 0, 0, TimeSpan.Zero), section: "arts", tags: ["poetry"]),
            Articles.Any(body: "Uyghur families waited for news.", source: "Daily", published: new DateTimeOffset(2022, 1, 5, 0, 0, 0, TimeSpan.Zero), section: "world", tags: ["rights"]));

        // Asked in turn on one snapshot: each answer must be its own filter's, not the one before's.
        Assert.Equal(3, index.Search("Ugyhur").DidYouMeanHits);
        Assert.Equal(2, index.Search(new NewsQuery("Ugyhur") { Sources = ["Daily"] }).DidYouMeanHits);
        Assert.Equal(1, index.Search(new NewsQuery("Ugyhur") { Sources = ["Wire"] }).DidYouMeanHits);
        Assert.Equal(2, index.Search(new NewsQuery("Ugyhur") { Since = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) }).DidYouMeanHits);
        Assert.Equal(1, index.Search(new NewsQuery("Ugyhur") { Until = new DateTimeOffset(2020, 12, 31, 0, 0, 0, TimeSpan.Zero) }).DidYouMeanHits);
        Assert.Equal(1, index.Search(new NewsQuery("Ugyhur") { Sections = ["arts"] }).DidYouMeanHits);
        Assert.Equal(2, index.Search(new NewsQuery("Ugyhur") { Tags = ["rights"] }).DidYouMeanHits);
        Assert.Equal(3, index.Search("Ugyhur").DidYouMeanHits);
    }

    [Fact]
    public void Search_SameMisspeltQueryWithAndWithoutSynonyms_CountsEachWay()
    {
        using var index = new MemoryIndex(
            Articles.Any(body: "Uyghur activists met in Geneva."),
            Articles.Any(body: "An Uyghur poet was freed."),
            Articles.Any(body: "Uighur families waited for news."));

        Assert.Equal(3, index.Search("Ugyhur").DidYouMeanHits);
        Assert.Equal(2, index.Search(new NewsQuery("Ugyhur") { ExpandSynonyms = false }).DidYouMeanHits);
    }

    [Theory]
    [InlineData("Ugyhur")]
    [InlineData("Ugyhurs")]
    [InlineData("Belguim")]
    [InlineData("Xinjaing")]
    [InlineData("\"Ugyhur families\" -cotton")]
    public void Search_SpellingDictionaryAndTermDictionaries_SuggestAlike(string query)
    {
        using var oneShot = NewsSearcher.Open(_index.Writer, new NewsSearcherOptions { FewSearches = true });

        var fromTerms = oneShot.Search(query);
        var fromDictionary = _index.Search(query);

        Assert.NotNull(fromDictionary.DidYouMean);
        Assert.Equal(fromTerms.DidYouMean, fromDictionary.DidYouMean);
        Assert.Equal(fromTerms.DidYouMeanHits, fromDictionary.DidYouMeanHits);
    }

    [Fact]
    public void Search_MisspellingInASegmentAddedLater_IsCorrectedFromItsWords()
    {
        using var index = new MemoryIndex(Articles.Any(body: "Brands audit cotton grown in Xinjiang."));
        Assert.Null(index.Search("Belguim").DidYouMean);

        index.Writer.Upsert(Articles.Any(body: "Belgium's parliament backed subsidies."));
        index.Writer.Commit();
        index.Searcher.Refresh();

        Assert.Equal("Belgium", index.Search("Belguim").DidYouMean);
    }

    [Fact]
    public void Search_RareNameTwoEditsFromACommonWord_IsLeftAlone()
    {
        using var index = new MemoryIndex([
            Articles.Any(body: "Michael Milken pleaded guilty."),
            .. Enumerable.Range(1, 12).Select(i => Articles.Any(body: $"The pipeline runs {i} miles north.")),
        ]);

        Assert.Null(index.Search("Milken").DidYouMean);
    }

    [Fact]
    public void Search_RareNameNextToASomewhatCommonerOne_IsLeftAlone()
    {
        using var index = new MemoryIndex([
            Articles.Any(body: "Grain was shipped from Kiev."),
            .. Enumerable.Range(1, 7).Select(i => Articles.Any(body: $"Ships docked in Kiel on day {i}.")),
        ]);

        Assert.Null(index.Search("Kiev").DidYouMean);
    }

    [Fact]
    public void Search_CorrectionWrittenAfterWordsWithItsFirstLetters_IsSpeltAsThatWordIsWritten()
    {
        // "Bun" starts Bundestag and Bundesbank's: the form must be cut from the run that holds the term.
        using var index = new MemoryIndex(Articles.Any(body: "Bundestag deputies questioned the Bundesbank's president (Bundesbank) on rates."));

        Assert.Equal("Bundesbank", index.Search("Bundesbnak").DidYouMean);
    }

    [Fact]
    public void Search_CorrectionInsideAHyphenatedRun_IsSpeltAsWritten()
    {
        using var index = new MemoryIndex(Articles.Any(body: "The pro-Bundesbank camp held firm."));

        Assert.Equal("Bundesbank", index.Search("Bundesbnak").DidYouMean);
    }

    [Fact]
    public void Search_CorrectionFoldedFromAccents_KeepsTheAccentedSpelling()
    {
        // The index holds zurich; no run starts with "zur", so the whole text is analysed again.
        using var index = new MemoryIndex(Articles.Any(body: "Banks in Zürich reported higher profits."));

        Assert.Equal("Zürich", index.Search("Zurihc").DidYouMean);
    }
}
