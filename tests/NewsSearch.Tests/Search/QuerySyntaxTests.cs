using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

public sealed class QuerySyntaxTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(id: "uyghur", title: "Uyghur families seek news of relatives", body: "Relatives of Uyghurs detained in Xinjiang spoke to reporters in Geneva.", byline: "Amira Sadyk", source: "Meridian Wire", dateline: "GENEVA", published: Articles.Date(2018, 11, 5), section: "world", tags: ["rights", "china"], captions: ["A vigil outside the UN office (Meridian Wire photo)"]),
        Articles.Any(id: "cotton", title: "Cotton harvest falls short", body: "Farmers in Xinjiang reported a poor cotton harvest after a cold spring.", byline: "Li Wen and Tom Baker", source: "Pacific Dispatch", dateline: "URUMQI", published: Articles.Date(2019, 6, 1), section: "business", tags: ["cotton", "china"]),
        Articles.Any(id: "ferry", title: "Harbour ferry adds night crossings", body: "The harbour authority said the new crossings would start in spring.", byline: "Jane Doe", source: "Harbour Gazette", dateline: "HALIFAX", published: Articles.Date(2021, 3, 2), section: "local", tags: ["transport"]),
        Articles.Any(id: "zurich", title: "Zürich café owners protest rent rises", body: "Café owners in Zürich marched on Saturday and the city council listened.", source: "Alpine Courier", published: Articles.Date(2021, 3, 20), section: "business"),
        Articles.Any(id: "undated", title: "Undated note on cotton prices", body: "Cotton prices were steady, traders and farmers said.", source: "Pacific Dispatch"));

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("Uyghur")]
    [InlineData("Uyghurs")]
    [InlineData("UYGHUR")]
    [InlineData("Uyghur's")]
    public void Search_InflectedAndCasedForms_MatchTheSameArticle(string query) =>
        Assert.Contains("uyghur", _index.Ids(query));

    [Theory]
    [InlineData("Zurich cafe")]
    [InlineData("zürich café")]
    public void Search_AccentedText_FoldsBothWays(string query) =>
        Assert.Equal(["zurich"], _index.Ids(query));

    [Fact]
    public void Search_PlainWords_AllMustMatchAcrossAnyFields()
    {
        Assert.Equal(["uyghur"], _index.Ids("Xinjiang Geneva"));
        Assert.Equal(["uyghur"], _index.Ids("Meridian vigil"));
    }

    [Fact]
    public void Search_MatchAny_JoinsWordsWithOr()
    {
        var ids = _index.Ids(new NewsQuery("Geneva Halifax") { MatchAny = true });

        Assert.Equal(["ferry", "uyghur"], ids.Order());
    }

    [Fact]
    public void Search_LowerCaseOperatorsAreWords_UpperCaseAreOperators()
    {
        Assert.Equal(["cotton", "ferry", "uyghur", "zurich"], _index.Ids("Xinjiang OR spring OR Zürich").Order());
        Assert.Equal(["uyghur"], _index.Ids("Xinjiang NOT cotton"));
        Assert.Empty(_index.Ids("Xinjiang AND Halifax"));
        Assert.NotNull(_index.Search("geneva or halifax").PartialMatch);
    }

    [Fact]
    public void Search_PlusMinusAndGroups_Work()
    {
        Assert.Equal(["uyghur"], _index.Ids("+Xinjiang -cotton"));
        Assert.Equal(["cotton", "uyghur"], _index.Ids("Xinjiang (harvest OR Geneva)").Order());
    }

    [Fact]
    public void Search_OnlyNegativeClauses_MeansEverythingElse()
    {
        Assert.Equal(["cotton", "ferry", "uyghur", "zurich"], _index.Ids("-undated").Order());
    }

    [Fact]
    public void Search_PhraseAndProximity_RespectWordOrderAndDistance()
    {
        Assert.Equal(["cotton"], _index.Ids("\"poor cotton harvest\""));
        Assert.Empty(_index.Ids("\"harvest poor\""));
        Assert.Equal(["ferry"], _index.Ids("\"harbour crossings\"~6"));
        Assert.Empty(_index.Ids("\"harbour crossings\"~1"));
    }

    [Fact]
    public void Search_FuzzyAndPrefix_FindVariants()
    {
        Assert.Contains("uyghur", _index.Ids("Ugyhur~"));
        Assert.Equal(["cotton", "undated"], _index.Ids("cott*").Order());
        Assert.Equal(["cotton", "uyghur"], _index.Ids("*jiang").Order());
    }

    [Theory]
    [InlineData("title:harvest", "cotton")]
    [InlineData("headline:harvest", "cotton")]
    [InlineData("byline:Doe", "ferry")]
    [InlineData("author:doe", "ferry")]
    [InlineData("by:Amira", "uyghur")]
    [InlineData("caption:vigil", "uyghur")]
    [InlineData("source:\"harbour gazette\"", "ferry")]
    [InlineData("source:Meridian*", "uyghur")]
    [InlineData("section:local", "ferry")]
    [InlineData("tag:transport", "ferry")]
    [InlineData("dateline:halifax", "ferry")]
    [InlineData("body:relatives", "uyghur")]
    [InlineData("id:zurich", "zurich")]
    public void Search_FieldAliases_SearchOnlyThatField(string query, string expected) =>
        Assert.Equal([expected], _index.Ids(query));

    [Fact]
    public void Search_FieldScope_ExcludesOtherFields() =>
        Assert.Empty(_index.Ids("title:Geneva"));

    [Theory]
    [InlineData("date:2018", "uyghur")]
    [InlineData("date:2021-03", "ferry,zurich")]
    [InlineData("date:2021-03-20", "zurich")]
    [InlineData("date:[2019-01-01 TO 2021-03-02]", "cotton,ferry")]
    [InlineData("date:[2021 TO *]", "ferry,zurich")]
    [InlineData("published:{2018-11-05 TO 2021-03-20}", "cotton,ferry")]
    public void Search_DateSyntax_SelectsByPublicationDate(string query, string expected) =>
        Assert.Equal(expected.Split(','), _index.Ids(query).Order());

    [Fact]
    public void Search_WordBeforeColonThatIsNoField_IsSearchedAsText() =>
        Assert.Equal(["uyghur"], _index.Ids("Geneva: relatives"));

    [Fact]
    public void Search_StarAlone_MatchesEverything() =>
        Assert.Equal(5, _index.Search("*").TotalHits);

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("title:(")]
    [InlineData("(Xinjiang")]
    [InlineData("Xinjiang AND")]
    [InlineData("date:yesterday")]
    [InlineData("title:[a TO")]
    public void Search_MalformedQuery_ThrowsOneLineInvalidQuery(string query)
    {
        var error = Assert.Throws<InvalidQueryException>(() => _index.Search(query));

        Assert.StartsWith("invalid query: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(query, error.Query);
    }

    [Fact]
    public void Search_TypographicQuotesAndMinus_AreUnderstood()
    {
        Assert.Equal(["cotton"], _index.Ids("\u201cpoor cotton harvest\u201d"));
        Assert.Equal(["uyghur"], _index.Ids("Xinjiang \u2212cotton"));
    }

    [Fact]
    public void Search_NoArticleHasAllWords_RanksArticlesMatchingMostAndSaysSo()
    {
        var results = _index.Search("cotton harvest Xinjiang flamingo");

        Assert.Equal((3, 4), (results.PartialMatch!.MinimumMatched, results.PartialMatch.Total));
        Assert.Equal("cotton", results.Hits[0].Id);
    }

    [Fact]
    public void Search_RelaxedQuery_NamesTheDroppedWordAndHowManyHitsLackIt()
    {
        var results = _index.Search("cotton harvest Xinjiang flamingo");

        Assert.Equal([new MissingWord("flamingo", results.TotalHits)], results.PartialMatch!.Missing);
    }

    [Theory]
    [InlineData("Xinjiang harvest date:2018", "uyghur")]
    [InlineData("cotton harvest source:\"Pacific Dispatch\" flamingo", "cotton")]
    [InlineData("+Geneva harvest flamingo", "uyghur")]
    [InlineData("Xinjiang harvest -Geneva flamingo", "cotton")]
    public void Search_FieldPlusAndMinusClauses_AreNeverRelaxed(string query, string only)
    {
        var results = _index.Search(query);

        Assert.Equal([only], results.Hits.Select(h => h.Id));
        Assert.NotEmpty(results.PartialMatch!.Kept);
    }

    [Theory]
    [InlineData("Xinjiang date:2021")]
    [InlineData("Xinjiang section:local")]
    [InlineData("Xinjiang AND Halifax")]
    public void Search_OnlyOnePlainWordBesideAFilter_FindsNothingRatherThanDroppingTheFilter(string query) =>
        Assert.Empty(_index.Ids(query));

    [Theory]
    [InlineData("Geneva!")]
    [InlineData("Geneva?")]
    [InlineData("relatives? (Geneva)")]
    [InlineData("Note: Geneva")]
    [InlineData("Geneva && relatives || UN")]
    [InlineData("Geneva - relatives")]
    public void Search_PunctuationThatLooksLikeSyntax_IsReadAsText(string query) =>
        Assert.Contains("uyghur", _index.Ids(query));

    [Fact]
    public void Search_SlashesUrlsAndColonsInWords_AreText()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "band", title: "AC/DC play 9/11 anniversary concert", body: "Set list at https://example.com/news/acdc today."),
            Articles.Any(id: "other", title: "Quiet night", body: "Nothing happened on the 11th."));

        Assert.Equal(["band"], index.Ids("AC/DC"));
        Assert.Equal(["band"], index.Ids("9/11 anniversary"));
        Assert.Equal(["band"], index.Ids("https://example.com/news/acdc"));
    }

    [Fact]
    public void Search_DeliberateSyntax_StaysSyntax()
    {
        Assert.Equal(["cotton", "undated"], _index.Ids("cott*").Order());
        Assert.Equal(["cotton", "uyghur"], _index.Ids("Xinjiang (harvest OR Geneva)").Order());
        Assert.Equal(["uyghur"], _index.Ids("title:Uyghur"));
        Assert.Equal(["cotton", "uyghur"], _index.Ids("/xinji.*/").Order());
    }

    [Fact]
    public void Search_LongQuestion_MatchesAnyWordAndRanksArticlesWithMoreWordsFirst()
    {
        var results = _index.Search("what did the farmers in Xinjiang say about the poor cotton harvest");

        Assert.True(results.MatchedAnyWord);
        Assert.Equal("cotton", results.Hits[0].Id);
        Assert.Contains("uyghur", results.Hits.Select(h => h.Id));
        Assert.Null(results.PartialMatch);
    }

    [Fact]
    public void Search_FiveKeywordsWithoutSentenceWords_StillRequireEveryWord()
    {
        var results = _index.Search("Xinjiang farmers cotton harvest spring");

        Assert.False(results.MatchedAnyWord);
        Assert.Equal(["cotton"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_FourWordTitleEndingWithAFullStop_IsReadAsTextAndRankedByItsWords()
    {
        var results = _index.Search("Farmers report poor harvest.");

        Assert.True(results.MatchedAnyWord);
        Assert.Equal("cotton", results.Hits[0].Id);
        Assert.Contains("undated", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_FourKeywordsOrAShortSentence_StillRequireEveryWord()
    {
        Assert.False(_index.Search("farmers report poor harvest").MatchedAnyWord);
        Assert.Equal(["cotton"], _index.Ids("farmers report poor harvest"));
        Assert.False(_index.Search("Cotton prices steady.").MatchedAnyWord);
        Assert.Equal(["undated"], _index.Ids("Cotton prices steady."));
    }

    [Fact]
    public void Search_LongPastedTextWithAStrayQuote_IsReadAsWords()
    {
        var results = _index.Search("Farmers in Xinjiang reported a \"poor cotton harvest after a cold spring and traders said prices were steady");

        Assert.Equal("cotton", results.Hits[0].Id);
    }

    [Fact]
    public void Search_LowerCaseOperatorWords_AreWordsAndReported()
    {
        var results = _index.Search("Xinjiang not Geneva");

        Assert.Equal(["uyghur"], results.Hits.Select(h => h.Id));
        Assert.Equal(["not"], results.OperatorLikeWords);
        Assert.Empty(_index.Search("Xinjiang NOT Geneva").OperatorLikeWords);
    }

    [Fact]
    public void Search_OnlyStopWords_FindsNothingAndNamesThem()
    {
        var results = _index.Search("the of");

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(["the", "of"], results.IgnoredWords);
    }

    [Fact]
    public void Search_SinceFilter_CountsTheUndatedMatchesItLeftOut()
    {
        var results = _index.Search(new NewsQuery("cotton") { Since = Articles.Date(2019) });

        Assert.Equal(["cotton"], results.Hits.Select(h => h.Id));
        Assert.Equal(1, results.UndatedLeftOut);
        Assert.Equal(0, _index.Search("cotton").UndatedLeftOut);
    }

    [Fact]
    public void Search_UnknownSource_ListsTheNearestKnownSources()
    {
        var results = _index.Search(new NewsQuery("cotton") { Sources = ["Pacific", "Meridian Wire"] });

        var unknown = Assert.Single(results.UnknownSources);
        Assert.Equal("Pacific", unknown.Name);
        Assert.Equal(["Pacific Dispatch"], unknown.Nearest);
    }

    [Fact]
    public void Search_AllWordsFound_IsNotMarkedPartial() =>
        Assert.Null(_index.Search("cotton harvest").PartialMatch);

    [Fact]
    public void Search_TitleMatch_OutranksBodyOnlyMatch()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "body", title: "Weekly round-up", body: "Among other things, the monsoon arrived early this year in the city."),
            Articles.Any(id: "title", title: "Monsoon arrives early", body: "Rain fell across the city on Monday, weeks ahead of the usual date."));

        Assert.Equal(["title", "body"], index.Ids("monsoon"));
    }
}
