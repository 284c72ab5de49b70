using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public sealed class FeedArticleReaderTests
{
    private static List<ArticleRecord> Read(string xml, string name = "feed.xml") =>
        ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), name).ToList();

    [Fact]
    public void Read_Rss2Item_MapsEveryField()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
            <channel><title>Harbour Gazette</title><language>en-GB</language>
            <item><title>Night ferry approved</title><link>https://gazette.test/a</link><dc:creator>Jane Doe</dc:creator><dc:creator>John Roe</dc:creator>
            <pubDate>Wed, 12 Apr 2023 09:30:00 +0200</pubDate><category>transport</category><category>ferries</category>
            <description><![CDATA[The council approved a trial [&#8230;]]]></description>
            <content:encoded><![CDATA[<p>The council approved a trial of night sailings.</p><figure><img src="a.jpg"><figcaption>The ferry at dusk</figcaption></figure><p>Crews will be <b>recruited</b> in May.</p><p>The post <a href="https://gazette.test/a">Night ferry approved</a> appeared first on <a href="https://gazette.test">Harbour Gazette</a>.</p>]]></content:encoded>
            <media:content url="https://gazette.test/b.jpg"><media:description>Deckhands at work</media:description><media:credit>Tomas Reyes</media:credit></media:content>
            </item></channel></rss>
            """;

        var article = Assert.Single(Read(xml)).Article!;

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("https://gazette.test/a", article.Url);
        Assert.Equal("Jane Doe, John Roe", article.Byline);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["transport", "ferries"], article.Tags);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal("en-GB", article.Language);
        Assert.Null(article.Subtitle);
        Assert.Equal("The council approved a trial of night sailings.\n\nCrews will be recruited in May.", article.Body);
        Assert.Equal(["The ferry at dusk", "Deckhands at work (Tomas Reyes)"], article.Captions);
    }

    [Fact]
    public void Read_AtomEntries_EachEntryAnArticleWithFeedTitleAsSource()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>The Northern Ledger</title>
            <entry><title type="html">Rates &amp;amp; rents rise</title><link rel="alternate" href="https://ledger.test/1"/><id>tag:ledger.test,2024:1</id>
            <published>2024-02-11T06:30:00Z</published><updated>2024-02-12T06:30:00Z</updated><author><name>Ben Carlisle</name></author>
            <category term="housing" label="Housing"/><summary>Landlords pass on higher costs</summary>
            <content type="html">&lt;p&gt;Rents rose by 6% in January.&lt;/p&gt;</content></entry>
            <entry><title>Second entry</title><id>tag:ledger.test,2024:2</id><updated>2024-02-13T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Only updated.</p></div></content></entry>
            </feed>
            """;

        var articles = Read(xml, "ledger.atom").Select(r => r.Article!).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("Rates & rents rise", articles[0].Title);
        Assert.Equal("https://ledger.test/1", articles[0].Url);
        Assert.Equal("Ben Carlisle", articles[0].Byline);
        Assert.Equal(new DateTimeOffset(2024, 2, 11, 6, 30, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal(["Housing"], articles[0].Tags);
        Assert.Equal("Landlords pass on higher costs", articles[0].Subtitle);
        Assert.Equal("Rents rose by 6% in January.", articles[0].Body);
        Assert.Equal("The Northern Ledger", articles[1].Source);
        Assert.Equal(new DateTimeOffset(2024, 2, 13, 0, 0, 0, TimeSpan.Zero), articles[1].Published);
        Assert.Equal("Only updated.", articles[1].Body);
        Assert.NotEqual(articles[0].Id, articles[1].Id);
    }

    [Fact]
    public void Read_WordPressCaptionBlockInContent_CaptionByItsClassNotBody()
    {
        // The classic editor's caption shortcut: no <figure>, only the class names tell the caption.
        var xml = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>
            <item><title>Night ferry approved</title><guid isPermaLink="false">hg-7</guid>
            <content:encoded><![CDATA[<p>The council approved a trial of night sailings.</p><div id="attachment_12" class="wp-caption aligncenter"><img src="a.jpg"><p id="caption-attachment-12" class="wp-caption-text">The ferry at dusk</p></div><p>Crews will be recruited in May.</p>]]></content:encoded>
            </item></channel></rss>
            """;

        var article = Assert.Single(Read(xml)).Article!;

        Assert.Equal("The council approved a trial of night sailings.\n\nCrews will be recruited in May.", article.Body);
        Assert.Equal(["The ferry at dusk"], article.Captions);
    }

    [Fact]
    public void Read_UndeclaredHtmlEntitiesAndBareAmpersands_Decoded()
    {
        var xml = "<rss><channel><title>Valley Courier</title><item><title>AT&T buys Courier&rsquo;s press</title>"
            + "<description>&lt;p&gt;The deal&nbsp;&mdash; worth $2m &mdash; closed.&lt;/p&gt;</description><guid isPermaLink=\"false\">vc-1</guid></item></channel></rss>";

        var record = Assert.Single(Read(xml));

        Assert.Empty(record.Warnings);
        Assert.Equal("AT&T buys Courier\u2019s press", record.Article!.Title);
        Assert.Equal("The deal \u2014 worth $2m \u2014 closed.", record.Article.Body);
    }

    [Fact]
    public void Read_ExternalEntity_RefusedWithOneWarningAndNothingDisclosed()
    {
        using var folder = new TempFolder();
        var secret = folder.File("secret.txt", "TOP-SECRET-VALUE");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss><channel><title>Feed</title><item><title>&xxe;</title><description>x</description></item></channel></rss>
            """;

        var records = Read(xml);

        var record = Assert.Single(records);
        Assert.Null(record.Article);
        Assert.Contains("DTD", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", record.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityExpansionBomb_RefusedWithOneWarning()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss><channel><item><title>&lol3;</title></item></channel></rss>
            """;

        var record = Assert.Single(Read(xml));

        Assert.Null(record.Article);
        Assert.Single(record.Warnings);
    }

    [Fact]
    public void Read_XmlThatIsNotAFeed_OneWarningNamingTheRoot()
    {
        var record = Assert.Single(Read("<?xml version=\"1.0\"?><urlset><url><loc>https://a.test/</loc></url></urlset>", "sitemap.xml"));

        Assert.Null(record.Article);
        Assert.Contains("<urlset>", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FeedBrokenPartWay_KeepsEarlierItemsAndWarnsOnce()
    {
        var xml = "<rss><channel><title>F</title><item><title>One</title><description>First.</description></item>"
            + "<item><title>Two</title><description>Second.</description></item><item><title>Three</ti";

        var records = Read(xml);

        Assert.Equal(["One", "Two"], records.Where(r => r.Article is not null).Select(r => r.Article!.Title));
        var warning = Assert.Single(records.SelectMany(r => r.Warnings));
        Assert.Contains("after item 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ItemWithGuidOnly_IdFromGuidAndStable()
    {
        var xml = "<rss><channel><title>F</title><item><title>One</title><guid isPermaLink=\"false\">abc-1</guid></item></channel></rss>";

        var first = Assert.Single(Read(xml)).Article!;
        var second = Assert.Single(Read(xml.Replace("<title>One</title>", "<title>One (corrected)</title>", StringComparison.Ordinal))).Article!;

        Assert.Null(first.Url);
        Assert.Equal(first.Id, second.Id);
    }
}
