using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.Html;

namespace NewsSearch.Tests.Ingest.Readers.Html;

public sealed class ElementRemovalTests
{
    [Fact]
    public void RemoveWhere_PickedElement_GoesWithItsInsideWhichIsNeverJudged()
    {
        var document = new HtmlParser().ParseDocument(
            "<nav id='menu'><ul><li id='inner'>Home</li></ul></nav><p id='story'>Story text.</p><aside id='side'>Related</aside>");
        var judged = new List<string>();

        new ElementRemoval().RemoveWhere(document, e =>
        {
            judged.Add(e.Id ?? e.LocalName);
            return e.LocalName is "nav" or "aside";
        });

        Assert.Null(document.GetElementById("menu"));
        Assert.Null(document.GetElementById("side"));
        Assert.NotNull(document.GetElementById("story"));
        Assert.DoesNotContain("inner", judged);
        Assert.Contains("story", judged);
    }

    [Fact]
    public void RemoveWhere_TestSeesThePageAsParsed_NotAsRemovalsLeaveIt()
    {
        // The second paragraph is judged by its previous sibling, which is itself removed: the test must
        // still see it, as every element is judged before anything is removed.
        var document = new HtmlParser().ParseDocument("<p id='a' class='gone'>first</p><p id='b'>second</p>");

        new ElementRemoval().RemoveWhere(document, e => e.ClassName == "gone" || e.PreviousElementSibling?.ClassName == "gone");

        Assert.Empty(document.Body!.Children);
    }

    [Fact]
    public void Restore_AfterNestedAndRepeatedRemovals_GivesBackThePageAsParsed()
    {
        const string Page = "<html><head><title>t</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            + "<main><h1 id='h'>Headline</h1><p class='byline'>By A. Writer</p><figure><img src='x.jpg'><figcaption id='cap'>Caption</figcaption></figure>"
            + "<p>First <b>bold</b> paragraph.</p><aside class='related'><p id='inside'>Related</p></aside><p>Last.</p></main>"
            + "<footer>Footer</footer></body></html>";
        var document = new HtmlParser().ParseDocument(Page);
        var parsed = document.DocumentElement.OuterHtml;
        var inside = document.GetElementById("inside")!;
        var removal = new ElementRemoval();

        // A caption taken out of a figure that is itself removed later, an element inside one already out,
        // one removed twice, and two passes.
        removal.Remove(document.GetElementById("cap")!);
        removal.RemoveWhere(document, e => e.LocalName is "header" or "aside" or "figure");
        removal.Remove(inside);
        var headline = document.GetElementById("h")!;
        removal.Remove(headline);
        removal.Remove(headline);
        removal.RemoveWhere(document, e => e.LocalName == "footer" || e.ClassName == "byline");
        Assert.DoesNotContain("Headline", document.DocumentElement.OuterHtml, StringComparison.Ordinal);

        removal.Restore();

        Assert.Equal(parsed, document.DocumentElement.OuterHtml);
    }
}
