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

        ElementRemoval.RemoveWhere(document, e =>
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

        ElementRemoval.RemoveWhere(document, e => e.ClassName == "gone" || e.PreviousElementSibling?.ClassName == "gone");

        Assert.Empty(document.Body!.Children);
    }
}
