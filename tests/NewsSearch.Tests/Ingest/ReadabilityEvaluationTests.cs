using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public sealed class ReadabilityEvaluationTests
{
    [Fact]
    public void ExpectedText_InlineElementsInsideAWord_DoNotSplitIt_BlocksAndCellsDo()
    {
        // A Chinese sentence cut into spans is one run of letters, as the page shows it; a block or a table cell
        // is a boundary even without white space around it.
        using var folder = new TempFolder();
        var path = folder.File("expected.html", "<div><p><span>一波波<span>接續性</span>低溫</span></p><p><b>Wi</b>ki</p><table><tr><td>one</td><td>two</td></tr></table></div>");

        var words = TokenWords(ReadabilityEvaluation.ExpectedText(path));

        Assert.Equal(["一波波接續性低溫", "wiki", "one", "two"], words);
    }

    private static string[] TokenWords(string text) =>
        text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
}
