using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.Html;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest.Readers.Html;

public sealed class HtmlTextTests
{
    private static readonly string[] Pages =
    [
        "<p>Plain   words\tacross\n lines.</p>",
        "<div>One<br>line break<br><br>two breaks</div><p>After <a href='/x'>a linked phrase</a> and text.</p>",
        "<pre>kept\n  as\n\nwritten</pre><p>then prose</p>",
        "<p>No\u00A0break\u2003space and \u3000ideographic space</p><p><a href='/only'>Only a link</a></p>",
        "<ul><li><a href='/a'>Menu</a></li><li>Item with <b>bold</b>, commas, and digits 2024</li></ul>",
        "<p>   </p><div><span>inline</span><span>runs</span> <em>touch</em></div><p><a href='javascript:void(0)'>not a link</a></p>",
        "<table><tr><td>cell one</td><td>cell two</td></tr></table><p>Ünïcödé, 漢字 and عربي text.</p>",
    ];

    [Fact]
    public void InlineMeasure_ArabicChineseAndLatinCommas_EachCountsAsAComma()
    {
        // Readability's comma set: an Arabic sentence weighs as much as an English one when content is scored.
        var document = new HtmlParser().ParseDocument("<p>قال الوزير، في بيان، إن العبارة ستعمل ليلاً، حتى الصيف.</p><p>渡轮，夜间，运行。</p><p>One, two, three.</p>");

        var commas = document.QuerySelectorAll("p").Select(p => HtmlText.InlineMeasure(p).Commas);

        Assert.Equal([3, 2, 2], commas);
    }

    [Fact]
    public void Paragraphs_MarkupWithBreaksPreAndLinks_KeepLineBreaksAndCollapseTheRest()
    {
        // One <br> breaks a line and two a paragraph; <pre> keeps its line breaks, not its indentation or blank lines.
        var document = new HtmlParser().ParseDocument(Pages[1] + Pages[2]);

        var paragraphs = HtmlText.Paragraphs(document.Body!);

        Assert.Equal(["One\nline break", "two breaks", "After a linked phrase and text.", "kept\nas\nwritten", "then prose"], paragraphs.Select(p => p.Text));

        // The space that joins a link to the text before it counts with the link.
        Assert.Equal(" a linked phrase".Length, paragraphs[2].LinkLength);
    }

    [Fact]
    public void Paragraphs_OfAnElementInsideAPre_KeepLineBreaksUntilABlockInBetween()
    {
        // Whether text is preformatted is decided by the nearest block around it, which may lie outside the element read.
        var document = new HtmlParser().ParseDocument("<pre>one\n<span id='s'>two\nthree</span><div id='d'>four\nfive</div></pre>");

        Assert.Equal("two\nthree", Assert.Single(HtmlText.Paragraphs(document.GetElementById("s")!)).Text);
        Assert.Equal("four five", Assert.Single(HtmlText.Paragraphs(document.GetElementById("d")!)).Text);
        Assert.Equal(["one\ntwo\nthree", "four five"], HtmlText.Paragraphs(document.Body!).Select(p => p.Text));
    }

    [Fact]
    public void Measures_AnyMarkup_AgreeWithTheParagraphsTheyStandFor()
    {
        foreach (var page in Pages.Append(string.Concat(Pages)))
        {
            var body = new HtmlParser().ParseDocument(page).Body!;

            var expected = HtmlText.Paragraphs(body)
                .Select(p => new HtmlTextMeasure(p.Text.Length, p.Text.Count(char.IsLetterOrDigit), p.LinkLength, p.Text.Count(HtmlTextMeasure.IsComma)));

            Assert.Equal(expected, HtmlText.Measures(body));
        }
    }

    [Fact]
    public void FirstCharacterAndInlineMeasure_EveryElementOfAnyMarkup_AgreeWithItsInlineText()
    {
        var tricky = "<div>  <script>var x = 1;</script><style>p{}</style>\n <!-- c --> <span> </span><b>B</b>y <a href='/a'>Ann</a></div>"
            + "<p><img alt='Image'><svg><text>svg</text></svg>\u00A0\u2003“Quoted”</p><span><br>  <br>After breaks</span><div><p></p></div>";
        foreach (var page in Pages.Append(string.Concat(Pages)).Append(tricky))
        {
            foreach (var element in new HtmlParser().ParseDocument(page).DocumentElement.QuerySelectorAll("*"))
            {
                var inline = HtmlText.Inline(element);

                Assert.Equal(inline.Length == 0 ? '\0' : inline[0], HtmlText.FirstCharacter(element));
                Assert.Equal((inline.Length, inline.Count(HtmlTextMeasure.IsComma)), HtmlText.InlineMeasure(element));
            }
        }
    }

    [Fact]
    public void LinkDensity_EveryElementOfAnyMarkup_IsTheShareOfItsParagraphsThatIsLinkText()
    {
        foreach (var page in Pages.Append(string.Concat(Pages)))
        {
            foreach (var element in new HtmlParser().ParseDocument(page).DocumentElement.QuerySelectorAll("*"))
            {
                var paragraphs = HtmlText.Paragraphs(element);
                var length = paragraphs.Sum(p => p.Text.Length);

                Assert.Equal(length == 0 ? 0 : (double)paragraphs.Sum(p => p.LinkLength) / length, HtmlText.LinkDensity(element));
            }
        }

        var body = new HtmlParser().ParseDocument("<p id='menu'><a href='/a'>Home</a> <a href='/b'>World</a></p><p id='prose'>No links at all.</p>").Body!;
        Assert.Equal(1.0, HtmlText.LinkDensity(body.QuerySelector("#menu")!));
        Assert.Equal(0.0, HtmlText.LinkDensity(body.QuerySelector("#prose")!));
    }

    [Fact]
    public void MeasuredBlocks_EveryElementOfAnyMarkup_AgreeWithMeasuringItAlone()
    {
        // Blocks inside links, inside invisible elements, in a <pre>, table cells and line breaks: what one walk
        // of the page must not give differently from a walk of the element alone, or must leave to one.
        var tricky = "<a href='/card'><div><h3>Card title</h3><p>Card summary, linked whole.</p></div></a>"
            + "<noscript><div><p>Fallback text that a reader never sees.</p></div></noscript>"
            + "<pre>one\n<div>two\nthree</div></pre><table><tr><td>cell <a href='/x'>link</a></td><td><div>in a cell</div></div></td></tr></table>"
            + "<div>Before<br><br><div><a href='/y'>Only</a> a link and words</div>after</div>";
        foreach (var page in Pages.Append(string.Concat(Pages)).Append(tricky))
        {
            var body = new HtmlParser().ParseDocument(page).Body!;
            var measured = new MeasuredBlocks(body);

            foreach (var element in body.QuerySelectorAll("*").Prepend(body))
            {
                Assert.Equal(HtmlText.LinkDensity(element), measured.LinkDensity(element));
                Assert.Equal(HtmlText.InlineMeasure(element), measured.InlineMeasure(element));
            }
        }
    }

    [Fact]
    public void MeasuredBlocks_AfterBlocksAreRemovedThroughIt_AgreeWithMeasuringWhatIsLeft()
    {
        // Blocks between blocks, so no text either side joins into one paragraph once they are gone.
        var body = new HtmlParser().ParseDocument("<div id='story'><p>First, a paragraph of the story.</p>"
            + "<div id='box'><h3>More stories</h3><ul id='links'><li><a href='/a'>One, linked</a></li><li><a href='/b'>Two</a></li></ul></div>"
            + "<div id='wrap'><p>Second, with <a href='/c'>a link</a>.</p><div id='form'><p>Sign up, now</p></div></div></div>").Body!;
        var measured = new MeasuredBlocks(body);

        foreach (var id in new[] { "links", "form", "box" })
        {
            var block = body.QuerySelector("#" + id)!;
            measured.Remove(block);
            block.Remove();

            foreach (var element in body.QuerySelectorAll("*").Prepend(body))
            {
                Assert.Equal(HtmlText.LinkDensity(element), measured.LinkDensity(element));
                Assert.Equal(HtmlText.InlineMeasure(element), measured.InlineMeasure(element));
            }
        }
    }

    [SharedDataFact]
    public void MeasuredBlocks_EveryElementOfTheReadabilityTestPages_AgreeWithMeasuringItAlone()
    {
        var checkedElements = 0;
        foreach (var (page, html) in ReadabilityEvaluation.SourcePages())
        {
            if (new HtmlParser().ParseDocument(html).Body is not { } body)
            {
                continue;
            }

            var measured = new MeasuredBlocks(body);
            foreach (var element in body.QuerySelectorAll("*").Take(2000))
            {
                Assert.True(HtmlText.LinkDensity(element) == measured.LinkDensity(element), $"{page}: <{element.LocalName} class='{element.ClassName}'> link density");
                Assert.True(HtmlText.InlineMeasure(element) == measured.InlineMeasure(element), $"{page}: <{element.LocalName} class='{element.ClassName}'> inline measure");
                checkedElements++;
            }
        }

        Assert.True(checkedElements > 50_000, $"{checkedElements} elements checked");
    }

    [SharedDataFact]
    public void FirstCharacterAndInlineMeasure_EveryElementOfTheReadabilityTestPages_AgreeWithItsInlineText()
    {
        var checkedElements = 0;
        foreach (var (page, html) in ReadabilityEvaluation.SourcePages())
        {
            var body = new HtmlParser().ParseDocument(html).Body;

            // The leaf-most elements are what the reader rules out by their first character; a body's worth is plenty.
            foreach (var element in body?.QuerySelectorAll("*").Where(e => !e.Children.Any(HtmlText.IsBlock)).Take(1500) ?? [])
            {
                var inline = HtmlText.Inline(element);
                Assert.True((inline.Length == 0 ? '\0' : inline[0]) == HtmlText.FirstCharacter(element), $"{page}: <{element.LocalName}> {inline[..Math.Min(40, inline.Length)]}");
                Assert.True((inline.Length, inline.Count(HtmlTextMeasure.IsComma)) == HtmlText.InlineMeasure(element), $"{page}: <{element.LocalName}> measured apart from its text");
                checkedElements++;
            }
        }

        Assert.True(checkedElements > 50_000, $"{checkedElements} elements checked");
    }

    [Fact]
    public void Measures_WithASkippedElement_LeaveItsTextOutAsParagraphsDo()
    {
        var body = new HtmlParser().ParseDocument("<p>Kept text here.</p><div class='x'>Hidden words</div><p>More kept.</p>").Body!;
        bool Skip(AngleSharp.Dom.IElement e) => e.ClassName == "x";

        Assert.Equal(HtmlText.Paragraphs(body, Skip).Select(p => p.Text.Length), HtmlText.Measures(body, Skip).Select(m => m.Length));
        Assert.Equal(2, HtmlText.Measures(body, Skip).Count);
    }
}
