using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

/// <summary>
/// Text in other scripts. Chinese has no spaces; the tokenizer indexes each Han character, and a
/// query word of several characters becomes a phrase of them, so 新疆 matches only where 新 and 疆
/// stand together.
/// </summary>
public sealed class ScriptTests : IDisposable
{
    private readonly MemoryIndex _index = new(
        Articles.Any(id: "xinjiang-zh", title: "新疆棉花产量下降", body: "今年新疆棉花产量下降，品牌重新审查供应链。", language: "zh"),
        Articles.Any(id: "apart-zh", title: "新的边疆政策", body: "政府公布了新的措施，边疆地区受到影响。", language: "zh"),
        Articles.Any(id: "reversed-zh", title: "疆新路开通", body: "疆新路今天开通。", language: "zh"),
        Articles.Any(id: "mixed", title: "Cotton from Xinjiang (新疆)", body: "Brands audit cotton grown in Xinjiang."),
        Articles.Any(id: "zurich", title: "Zürich café owners protest", body: "Café owners in Zürich marched on Saturday."),
        Articles.Any(id: "kyiv-uk", title: "Трамваї повертаються до Києва", body: "Місто відновило живлення трамвайних ліній.", language: "uk"));

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Search_ChineseWord_FindsArticlesWithTheCharactersTogether() =>
        Assert.Equal(["mixed", "xinjiang-zh"], _index.Ids("新疆").Order());

    [Fact]
    public void Search_ChineseWord_DoesNotMatchTheCharactersApartOrReversed()
    {
        var ids = _index.Ids("新疆");

        Assert.DoesNotContain("apart-zh", ids);
        Assert.DoesNotContain("reversed-zh", ids);
    }

    [Fact]
    public void Search_ChineseWordSpanningTwoWords_StillMatches_AKnownLimitOfCharacterIndexing()
    {
        using var index = new MemoryIndex(Articles.Any(id: "territory", title: "边界", body: "政府更新疆域地图。", language: "zh"));

        Assert.Equal(["territory"], index.Ids("新疆"));
    }

    [Fact]
    public void Search_TwoChineseWords_BothMustMatch()
    {
        Assert.Equal(["xinjiang-zh"], _index.Ids("新疆 棉花"));
        Assert.Equal(["xinjiang-zh"], _index.Ids("title:新疆棉花"));
    }

    [Fact]
    public void Search_ChineseWord_HighlightsTheWholeWord()
    {
        var hit = _index.Search("新疆").Hits.Single(h => h.Id == "xinjiang-zh");

        var rendered = hit.Snippets[0].Render("[", "]");
        Assert.Contains("今年[新疆]棉花", rendered, StringComparison.Ordinal);
        Assert.Contains("品牌重新审查", rendered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zurich cafe")]
    [InlineData("zürich café")]
    public void Search_AccentedLatin_FoldsBothWays(string query) =>
        Assert.Equal(["zurich"], _index.Ids(query));

    [Fact]
    public void Search_Cyrillic_MatchesCaseInsensitively() =>
        Assert.Equal(["kyiv-uk"], _index.Ids("трамваї"));
}
