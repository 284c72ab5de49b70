using NewsSearch.Ingest.Readers;

namespace NewsSearch.Tests.Ingest;

public class ScrapedTextHeadBlockTests
{
    [Fact]
    public void Parse_HeadWrittenWithoutBlankLines_StillFindsDekCaptionAndDateline()
    {
        var text = """
            • Home
            Brands under pressure to quit cotton from the region
            A coalition gives clothing companies twelve months to leave
            Cotton pickers in a field
            Cotton pickers in a field (Pacific Dispatch photo)
            HONG KONG (Pacific Dispatch) – More than 180 organisations on Thursday called on the biggest clothing brands to stop sourcing cotton within a year, saying no audit could be trusted there.

            The coalition published a call to action.
            """;

        var article = ScrapedTextParser.Parse(text, _ => { })!;

        Assert.Equal("Brands under pressure to quit cotton from the region", article.Title);
        Assert.Equal("A coalition gives clothing companies twelve months to leave", article.Subtitle);
        Assert.Equal(["Cotton pickers in a field (Pacific Dispatch photo)"], article.Captions);
        Assert.Equal("HONG KONG", article.Dateline);
        Assert.Equal("Pacific Dispatch", article.Source);
        Assert.StartsWith("More than 180 organisations", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("The coalition published a call to action.", article.Body, StringComparison.Ordinal);
    }
}
