using System.IO.Compression;
using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public class JsonLinesReadingTests
{
    private static List<ArticleRecord> Read(string content, string name = "articles.jsonl") =>
        ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), name).ToList();

    [Fact]
    public void Read_AllFields_MapsEveryField()
    {
        var line = """{"id":"a1","url":"https://example.test/a1","title":"T","subtitle":"S","byline":"Jane Doe","source":"Harbour Gazette","dateline":"GENEVA","published":"2019-03-04T10:15:00Z","section":"world","tags":["un","rights"],"body":"P1\n\nP2","captions":["C1 (photo)"],"language":"en"}""";

        var article = Assert.Single(Read(line)).Article!;

        Assert.Equal("a1", article.Id);
        Assert.Equal("https://example.test/a1", article.Url);
        Assert.Equal("T", article.Title);
        Assert.Equal("S", article.Subtitle);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal("GENEVA", article.Dateline);
        Assert.Equal(new DateTimeOffset(2019, 3, 4, 10, 15, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("world", article.Section);
        Assert.Equal(["un", "rights"], article.Tags);
        Assert.Equal("P1\n\nP2", article.Body);
        Assert.Equal(["C1 (photo)"], article.Captions);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnoredWithoutWarning()
    {
        var record = Assert.Single(Read("""{"id":"x","title":"T","body":"B","wordcount":12,"extra":{"a":[1]}}"""));

        Assert.NotNull(record.Article);
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public void Read_WrongType_WarnsWithFileLineAndFieldAndKeepsRecord()
    {
        var records = Read("{\"id\":\"ok\",\"title\":\"T\"}\n{\"id\":\"x\",\"title\":42,\"body\":\"Body text\"}\n");

        var record = records[1];
        Assert.NotNull(record.Article);
        Assert.Null(record.Article!.Title);
        Assert.Equal("Body text", record.Article.Body);
        var warning = Assert.Single(record.Warnings);
        Assert.Equal(2, warning.Line);
        Assert.Contains("'title'", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("articles.jsonl:2: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnparseableDate_WarnsAndLeavesDateOut()
    {
        var record = Assert.Single(Read("""{"id":"x","title":"T","published":"the 32nd of Smarch"}"""));

        Assert.Null(record.Article!.Published);
        Assert.Contains("'published'", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1987-03-31", "1987-03-31T00:00:00Z")]
    [InlineData("2019-03-04T10:15:00+02:00", "2019-03-04T08:15:00Z")]
    [InlineData("2019-03-04T10:15:00.123Z", "2019-03-04T10:15:00.123Z")]
    [InlineData("Mon, 04 Mar 2019 10:15:00 GMT", "2019-03-04T10:15:00Z")]
    public void Read_IsoAndRfcDates_AreReadAsUtcInstants(string given, string expected)
    {
        var record = Assert.Single(Read($$"""{"id":"x","title":"T","published":"{{given}}"}"""));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), record.Article!.Published);
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public void Read_TitleOnlyAndBodyOnly_AreBothIndexable()
    {
        var records = Read("{\"id\":\"t\",\"title\":\"Only a headline\"}\n{\"id\":\"b\",\"body\":\"Only a body\"}\n");

        Assert.All(records, r => Assert.NotNull(r.Article));
        Assert.All(records, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void Read_NeitherTitleNorBody_IsSkippedWithWarning()
    {
        var record = Assert.Single(Read("""{"id":"empty","source":"Reuters"}"""));

        Assert.Null(record.Article);
        Assert.Contains("neither 'title' nor 'body'", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJsonLine_WarnsAndGoesOnToNextLine()
    {
        var records = Read("{\"id\":\"a\",\"title\":\"A\"}\n{\"id\":\"b\",\"title\":\n\n{\"id\":\"c\",\"title\":\"C\"}\n");

        Assert.Equal(["a", "c"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var bad = Assert.Single(records, r => r.Article is null);
        Assert.Equal(2, bad.Line);
        Assert.Contains("invalid JSON", Assert.Single(bad.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipInput_IsDecompressedTransparently()
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("{\"id\":\"g\",\"title\":\"Zipped\"}\n"));
        }

        buffer.Position = 0;
        var record = Assert.Single(ArticleReader.Read(buffer, "archive.jsonl.gz"));

        Assert.Equal("Zipped", record.Article!.Title);
    }

    [Fact]
    public void Read_MissingId_DerivesStableIdFromUrl()
    {
        var first = Assert.Single(Read("""{"url":"https://example.test/story","title":"T"}""")).Article!;
        var second = Assert.Single(Read("""{"url":"https://example.test/story","title":"T (updated)"}""")).Article!;

        Assert.StartsWith("url-", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void Read_MissingIdAndUrl_DerivesIdFromContentStableAcrossReads()
    {
        const string Line = """{"source":"S","title":"T","published":"2020-01-01","body":"B"}""";

        var first = Assert.Single(Read(Line)).Article!;
        var again = Assert.Single(Read(Line)).Article!;
        var other = Assert.Single(Read(Line.Replace("\"B\"", "\"Other\"", StringComparison.Ordinal))).Article!;

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void Read_JsonArray_ReadsEveryElement()
    {
        var records = Read("[\n {\"id\":\"a\",\"title\":\"A\"},\n {\"id\":\"b\",\"title\":\"B\"}\n]", "articles.json");

        Assert.Equal(["a", "b"], records.Select(r => r.Article!.Id));
    }

    [Fact]
    public void Read_PrettyPrintedSingleObject_IsOneArticle()
    {
        var record = Assert.Single(Read("{\n  \"id\": \"one\",\n  \"title\": \"One\"\n}\n", "one.json"));

        Assert.Equal("one", record.Article!.Id);
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrLf_AreHandled()
    {
        var records = Read("\ufeff{\"id\":\"a\",\"title\":\"A\",\"body\":\"x\\r\\ny\"}\r\n{\"id\":\"b\",\"title\":\"B\"}\r\n");

        Assert.Equal(["a", "b"], records.Select(r => r.Article!.Id));
        Assert.Equal("x\ny", records[0].Article!.Body);
    }

    [Fact]
    public void Read_ControlCharactersAndDecomposedAccents_AreCleaned()
    {
        var record = Assert.Single(Read("{\"id\":\"a\",\"title\":\"Zu\\u0308rich\\u0007 talks\"}"));

        Assert.Equal("Zürich talks", record.Article!.Title);
    }

    [Fact]
    public void Read_BinaryContent_IsOneWarning()
    {
        var bytes = new byte[] { 0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00 };

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(bytes), "photo.jsonl"));

        Assert.Null(record.Article);
        Assert.Contains("binary", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPaths_FolderAndMissingPath_ReadsKnownFilesAndWarnsForMissing()
    {
        using var folder = new TempFolder();
        folder.File("a/one.jsonl", "{\"id\":\"1\",\"title\":\"One\"}\n");
        folder.File("b/two.json", "{\"id\":\"2\",\"title\":\"Two\"}");
        folder.File("b/notes.txt", "Three\n\nBody of three.");
        folder.File("b/image.png", "not an article");

        var records = ArticleReader.ReadPaths([folder.Path, folder.Combine("nope.jsonl")]).ToList();

        Assert.Equal(["1", "2"], records.Where(r => r.Article?.Id is "1" or "2").Select(r => r.Article!.Id).Order());
        Assert.Contains(records, r => r.Article?.Title == "Three");
        Assert.Contains(records, r => r.Article is null && r.Warnings.Any(w => w.Message.Contains("no such file", StringComparison.Ordinal)));
        Assert.Equal(4, records.Count);
    }
}
