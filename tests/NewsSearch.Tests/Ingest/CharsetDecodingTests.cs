using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public sealed class CharsetDecodingTests
{
    static CharsetDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ArticleRecord ReadBytes(byte[] bytes, string name)
    {
        using var folder = new TempFolder();
        var path = folder.Combine(name);
        File.WriteAllBytes(path, bytes);
        return Assert.Single(ArticleReader.ReadFile(path));
    }

    [Fact]
    public void ReadFile_Windows1252TextWithoutDeclaration_DecodedWithoutWarning()
    {
        var text = "Caf\u00e9 owners protest rent rises\r\n\r\n\u201cWe cannot go on like this,\u201d said Ren\u00e9e Dupr\u00e9, who runs a caf\u00e9 on the Rue de l\u2019\u00c9glise \u2014 one of many.";

        var record = ReadBytes(Encoding.GetEncoding(1252).GetBytes(text), "cafe.txt");

        Assert.Empty(record.Warnings);
        Assert.Equal("Caf\u00e9 owners protest rent rises", record.Article!.Title);
        Assert.Contains("\u201cWe cannot go on like this,\u201d said Ren\u00e9e Dupr\u00e9", record.Article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB18030", "新疆棉花问题引发国际关注", "多个品牌表示将停止采购，政府发言人称此举出于误解。记者在乌鲁木齐采访了当地农民和工厂主，他们说今年的收成很好。")]
    [InlineData("big5", "台北捷運新路線明年通車", "台北市政府今天宣布，捷運新路線將於明年通車。市長表示，這項工程耗時六年，總經費超過八百億元，沿線居民期待已久。")]
    public void ReadFile_ChineseLegacyEncoding_DetectedAndDecoded(string encoding, string title, string body)
    {
        var record = ReadBytes(Encoding.GetEncoding(encoding).GetBytes(title + "\n\n" + body), "story.txt");

        Assert.Empty(record.Warnings);
        Assert.Equal(title, record.Article!.Title);
        Assert.Equal(body, record.Article.Body);
    }

    [Fact]
    public void ReadFile_HtmlDeclaringWindows1252_DecodedByItsDeclaration()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>x</title></head><body><h1>Caf\u00e9 \u201cprotest\u201d</h1><p>Owners of the caf\u00e9 said the rent had doubled.</p></body></html>";

        var record = ReadBytes(Encoding.GetEncoding(1252).GetBytes(html), "page.html");

        Assert.Equal("Caf\u00e9 \u201cprotest\u201d", record.Article!.Title);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void ReadFile_ByteOrderMark_DecidesTheEncoding(string encoding)
    {
        var chosen = Encoding.GetEncoding(encoding);
        var bytes = chosen.GetPreamble().Concat(chosen.GetBytes("<html><body><h1>Z\u00fcrich votes</h1><p>Voters in Z\u00fcrich approved the plan.</p></body></html>")).ToArray();

        var record = ReadBytes(bytes, "page.html");

        Assert.Equal("Z\u00fcrich votes", record.Article!.Title);
    }

    [Fact]
    public void ReadFile_FeedWronglyDeclaringUtf16_ReadAsWhatItIs()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>Courier</title><item><title>Z\u00fcrich votes</title><description>Text.</description></item></channel></rss>";

        var record = ReadBytes(Encoding.UTF8.GetBytes(xml), "feed.rss");

        Assert.Empty(record.Warnings);
        Assert.Equal("Z\u00fcrich votes", record.Article!.Title);
    }

    [Fact]
    public void ReadFile_FeedDeclaringIso88591_DecodedAsWindows1252()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Courier</title><item><title>Caf\u00e9 \u201cprotest\u201d</title><description>Text.</description></item></channel></rss>";

        var record = ReadBytes(Encoding.GetEncoding(1252).GetBytes(xml), "feed.rss");

        Assert.Empty(record.Warnings);
        Assert.Equal("Caf\u00e9 \u201cprotest\u201d", record.Article!.Title);
    }

    [Fact]
    public void ReadFile_ControlCharactersAndDecomposedAccents_StrippedAndComposed()
    {
        var text = "Cafe\u0301 reopens\u0007\n\nThe cafe\u0301 reopened\u0002 on Monday\u001b.";

        var record = ReadBytes(Encoding.UTF8.GetBytes(text), "story.txt");

        Assert.Equal("Caf\u00e9 reopens", record.Article!.Title);
        Assert.Equal("The caf\u00e9 reopened on Monday.", record.Article.Body);
    }
}
