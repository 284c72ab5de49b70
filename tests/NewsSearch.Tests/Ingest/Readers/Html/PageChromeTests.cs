using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.Html;

namespace NewsSearch.Tests.Ingest.Readers.Html;

public sealed class PageChromeTests
{
    [Theory]
    [InlineData("sub-title", true)]
    [InlineData("article-sub-title big", true)]
    [InlineData("sub_title", false)]
    [InlineData("sub--title", false)]
    [InlineData("subtitle", true)]
    [InlineData("SubTitle", true)]
    public void Words_FieldWordWrittenWithADash_NamesTheFieldOnlyWhenItsPartsAreJoinedByOneDash(string classes, bool isDek)
    {
        var element = Element($"<div class='{classes}'>x</div>");

        Assert.Equal(isDek, PageChrome.HasClassWord(element, ClassWords.Dek));
    }

    [Theory]
    [InlineData("most-read")]
    [InlineData("most_read")]
    [InlineData("box most read")]
    [InlineData("screen-reader-text")]
    public void Words_ChromeWordWrittenWithDashes_MatchesItsPartsInARowWhateverSeparatesThem(string classes)
    {
        Assert.True(PageChrome.IsClearlyChrome(Element($"<div class='{classes}'>x</div>")));
    }

    [Theory]
    [InlineData("<div class='section' id='sharing-with-a-single-developer'><h2>Sharing with a single developer¶</h2><p>x</p></div>", false)]
    [InlineData("<section id='Related-Work-And-Prior-Art'><h3>Related work and prior art</h3><p>x</p></section>", false)]
    [InlineData("<div id='sharing-with-a-single-developer'><p>Sharing with a single developer</p></div>", true)]
    [InlineData("<div id='share-this-story-now'><h2>Read this first</h2><p>x</p></div>", true)]
    [InlineData("<section id='comments'><h3>Comments</h3><p>x</p></section>", true)]
    [InlineData("<div class='sharing-with-a-single-developer'><h2>Sharing with a single developer</h2><p>x</p></div>", true)]
    public void Words_IdThatIsTheSlugOfItsOpeningHeading_IsTheHeadingsWordsNotAComponentName(string html, bool isChrome)
    {
        // Documentation generators name a section after its heading; a chrome word in it ("sharing") says nothing.
        // A short id ("comments"), an id of other words, or the same words as a class still name a component.
        Assert.Equal(isChrome, PageChrome.IsClearlyChrome(Element(html)) || PageChrome.IsChrome(Element(html)));
    }

    [Theory]
    [InlineData("commentsDiv", true)]
    [InlineData("relatedPosts", true)]
    [InlineData("showCommentsUI", true)]
    [InlineData("shareBarTop", true)]
    [InlineData("articleBody", false)]
    [InlineData("storyContent", false)]
    [InlineData("photoGallery", false)]
    public void Words_CamelCaseName_EachPartIsReadAsAWord(string classes, bool isChrome)
    {
        Assert.Equal(isChrome, PageChrome.IsClearlyChrome(Element($"<div class='{classes}'>x</div>")));
    }

    [Theory]
    [InlineData("fbcommentsmodule", true)]
    [InlineData("recentcomments", true)]
    [InlineData("commentform", true)]
    [InlineData("commentary", false)]
    [InlineData("opinion commentaries", false)]
    public void Words_CommentRunTogetherWithOtherWords_IsACommentThreadButCommentaryIsNot(string classes, bool isChrome)
    {
        Assert.Equal(isChrome, PageChrome.IsClearlyChrome(Element($"<div id='{classes}'>x</div>")));
    }

    [Fact]
    public void Words_CamelCaseContentName_GivesTheContentWeight()
    {
        // "SubTitle", which means something whole, is not split: Words_FieldWordWrittenWithADash holds it a dek.
        Assert.True(PageChrome.ClassWeight(Element("<div class='articleBody'>x</div>")) > 0);
    }

    [Fact]
    public void Words_IdAndClass_EachCounts_AndAWordIsNotMadeAcrossThem()
    {
        Assert.True(PageChrome.HasClassWord(Element("<div id='byline-1' class='wrap'>x</div>"), ClassWords.Byline));
        Assert.True(PageChrome.HasClassWord(Element("<div id='x' class='story-date'>x</div>"), ClassWords.Date));
        Assert.False(PageChrome.IsClearlyChrome(Element("<div id='most' class='read'>x</div>")));
    }

    [Theory]
    [InlineData("<div hidden>x</div>", true)]
    [InlineData("<div aria-hidden='TRUE'>x</div>", true)]
    [InlineData("<div aria-hidden='false'>x</div>", false)]
    [InlineData("<div style='color: red; display : none'>x</div>", true)]
    [InlineData("<div style='visibility:hidden'>x</div>", true)]
    [InlineData("<div class='hidden-xs' style='color: red'>x</div>", false)]
    [InlineData("<div>x</div>", false)]
    public void IsHidden_ReadsTheHiddenAttributeAriaHiddenAndInlineStyle(string html, bool hidden)
    {
        Assert.Equal(hidden, PageChrome.IsHidden(Element(html)));
    }

    private static IElement Element(string html) => new HtmlParser().ParseDocument(html).Body!.FirstElementChild!;
}
