using System.Text;

namespace NewsSearch.Tests.Ingest;

/// <summary>The format is recognised by content first, so saved pages and feeds with the wrong extension are read right.</summary>
public sealed class FormatDetectionTests
{
    private const string Page = "<!DOCTYPE html><html><head><title>x</title></head><body><h1>Night ferry approved</h1><p>The harbour ferry will run through the night from June.</p></body></html>";
    private const string Feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title><item><title>Night ferry approved</title><description>The harbour ferry will run at night.</description></item></channel></rss>";
    private const string Atom = "<!-- generated --><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ledger</title><entry><title>Night ferry approved</title><content>Text.</content></entry></feed>";

    private static ArticleRecord ReadOne(string content, string name) =>
        Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name));

    [Theory]
    [InlineData("page.txt")]
    [InlineData("page")]
    [InlineData("page.html")]
    [InlineData("page.xml")]
    public void Read_HtmlContent_ReadAsAPageWhateverTheName(string name)
    {
        var article = ReadOne(Page, name).Article!;

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("The harbour ferry will run through the night from June.", article.Body);
    }

    [Theory]
    [InlineData(Feed, "feed.txt")]
    [InlineData(Feed, "feed")]
    [InlineData(Feed, "feed.html")]
    [InlineData(Atom, "feed.atom")]
    [InlineData(Atom, "download")]
    public void Read_FeedContent_ReadAsAFeedWhateverTheName(string content, string name)
    {
        var record = ReadOne(content, name);

        Assert.Empty(record.Warnings);
        Assert.Equal("Night ferry approved", record.Article!.Title);
        Assert.NotNull(record.Article.Source);
    }

    [Theory]
    [InlineData("story.html")]
    [InlineData("story.txt")]
    public void Read_PlainTextWithHtmlName_StillReadsText(string name)
    {
        var article = ReadOne("Night ferry approved\n\nThe harbour ferry will run through the night from June.", name).Article!;

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("The harbour ferry will run through the night from June.", article.Body);
    }

    [Fact]
    public void Read_JsonArrayNamedTxt_ReadAsJson()
    {
        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"title\":\"One\"},{\"id\":\"b\",\"title\":\"Two\"}]")), "export.txt").ToList();

        Assert.Equal(["One", "Two"], records.Select(r => r.Article!.Title));
    }

    [Theory]
    [InlineData(ArticleFormat.Text)]
    [InlineData(ArticleFormat.Html)]
    public void Read_ForcedFormat_OverridesTheContent(ArticleFormat format)
    {
        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Page)), "page.html", format));

        Assert.Equal(format == ArticleFormat.Html ? "Night ferry approved" : "<!DOCTYPE html><html><head><title>x</title></head><body><h1>Night ferry approved</h1><p>The harbour ferry will run through the night from June.</p></body></html>", record.Article!.Title);
    }

    [Fact]
    public void ExpandPaths_Folder_PicksUpPagesAndFeeds()
    {
        using var folder = new Support.TempFolder();
        foreach (var name in (string[])["a.html", "b.htm", "c.xml", "d.rss", "e.atom", "f.html.gz", "g.txt", "h.jsonl", "i.png", "j.css"])
        {
            folder.File(name, "x");
        }

        var files = ArticleReader.ExpandPaths([folder.Path], out _).Select(Path.GetFileName);

        Assert.Equal(["a.html", "b.htm", "c.xml", "d.rss", "e.atom", "f.html.gz", "g.txt", "h.jsonl"], files);
    }
}
