using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.Html;

namespace NewsSearch.Tests.Ingest.Readers.Html;

public sealed class CaptionTextTests
{
    [Fact]
    public void Read_CaptionAndCreditInSpansWithoutSpace_ReadAsSeparateWords()
    {
        // The New York Times' markup: the caption, a visually hidden "Credit" label and the credit touch in the source.
        var caption = Caption("<span>Workers fixing a main in Queens.</span><span itemprop='copyrightHolder'>"
            + "<span class='css-1dv1kvn'>Credit</span><span>Chang W. Lee/The New York Times</span></span>");

        Assert.Equal("Workers fixing a main in Queens. Credit Chang W. Lee/The New York Times", CaptionText.Read(caption));
    }

    [Fact]
    public void Read_LabelForScreenReadersAndOnScreen_ReadOnce()
    {
        var caption = Caption("<span>Debt payments may pass the defence budget in 2023.</span><span><span class='label'>Credit</span>"
            + "<span><span class='visually-hidden'>Credit</span><span>Jeon Heon-Kyun/EPA</span></span></span>");

        Assert.Equal("Debt payments may pass the defence budget in 2023. Credit Jeon Heon-Kyun/EPA", CaptionText.Read(caption));
    }

    [Fact]
    public void Read_WordSplitByMarkupWithoutCapitalAfterSmallLetter_StaysOneWord()
    {
        // Only a capital after a small letter, a digit or a sentence's end reads as a new word.
        var caption = Caption("The <b>N</b>ASA rover's <i>wheel</i>s on Mars, <span>2</span><span>024</span>. <a href='/p'>Photo</a>: JPL");

        Assert.Equal("The NASA rover's wheels on Mars, 2024. Photo: JPL", CaptionText.Read(caption));
    }

    [Fact]
    public void Read_BlocksBreaksAndHiddenMarkup_SeparateOrLeaveOut()
    {
        var caption = Caption("<div>A bridge at dawn</div><div>Photo: AP</div>line<br>two<script>var x = 1;</script><img alt='alt text'>   three");

        Assert.Equal("A bridge at dawn Photo: AP line two three", CaptionText.Read(caption));
    }

    [Fact]
    public void Read_OneWordPartRepeatingTheEndOfALongerPart_Kept()
    {
        // Only a one-word part said again right after the same one-word part (a label for screen readers, then on screen) is dropped.
        var caption = Caption("<span>Bora Bora</span> <span>Bora</span>");

        Assert.Equal("Bora Bora Bora", CaptionText.Read(caption));
    }

    private static AngleSharp.Dom.IElement Caption(string inner) =>
        new HtmlParser().ParseDocument("<figure><figcaption>" + inner + "</figcaption></figure>").QuerySelector("figcaption")!;
}
