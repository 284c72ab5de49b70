using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.Html;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest.Readers.Html;

/// <summary>
/// The metadata walk against the selector queries it stands for: <c>meta</c>, the first
/// <c>link[rel~='canonical' i]</c> and every <c>script[type='application/ld+json' i]</c>.
/// </summary>
public sealed class PageMetadataTests
{
    [Fact]
    public void Read_CanonicalLinksAndJsonLdInAnyCase_FindsWhatTheSelectorsFind()
    {
        const string page = """
            <html><head>
            <link rel="stylesheet" href="/s.css"><link rel="Alternate CANONICAL" href=" https://example.org/story ">
            <link rel="canonical" href="https://example.org/second">
            <script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"One"}</script>
            <meta property="og:title" content="Story title"><meta name="author" content="Ann Lee">
            </head><body><script type="application/ld+json ">not JSON-LD: the type has a space</script>
            <script type="application/ld+json">{"@type":"Person"}</script></body></html>
            """;

        var document = new HtmlParser().ParseDocument(page);
        var metadata = PageMetadata.Read(document);

        Assert.Equal("https://example.org/story", metadata.Canonical);
        Assert.Equal(["{\"@type\":\"NewsArticle\",\"headline\":\"One\"}", "{\"@type\":\"Person\"}"], metadata.JsonLd);
        Assert.Equal("Story title", metadata.First("og:title"));
        Assert.Equal("Ann Lee", metadata.First("author"));
        AssertAsTheSelectors(document, metadata, "hand-made page");
    }

    [SharedDataFact]
    public void Read_ReadabilityTestPages_FindsWhatTheSelectorsFind()
    {
        foreach (var (page, html) in ReadabilityEvaluation.SourcePages())
        {
            var document = new HtmlParser().ParseDocument(html);

            AssertAsTheSelectors(document, PageMetadata.Read(document), page);
        }
    }

    private static void AssertAsTheSelectors(IDocument document, PageMetadata metadata, string name)
    {
        Assert.True(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")?.Trim() == metadata.Canonical, name + ": canonical");
        Assert.True(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent).SequenceEqual(metadata.JsonLd), name + ": JSON-LD");
    }
}
