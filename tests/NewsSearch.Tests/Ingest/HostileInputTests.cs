using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>Inputs that must cost one warning each and never stop a run: oversized, binary, mis-encoded, deeply nested.</summary>
public sealed class HostileInputTests
{
    private const string Good = "<html><body><h1>Night ferry approved</h1><p>The harbour ferry will run through the night from June, the council said on Tuesday evening.</p></body></html>";

    [Fact]
    public void ReadFile_TwentyMegabytePage_OneWarningNoArticle()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("huge.html");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("<html><body><h1>Huge</h1>");
            var paragraph = "<p>" + new string('x', 1000) + " words, words, words.</p>\n";
            for (var written = 0L; written < 20L << 20; written += paragraph.Length)
            {
                writer.Write(paragraph);
            }

            writer.Write("</body></html>");
        }

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Null(record.Article);
        Assert.Contains("larger than 16 MB", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadFile_BinaryGarbageNamedHtml_OneWarningNoArticle(bool withNulBytes)
    {
        using var folder = new TempFolder();
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        if (!withNulBytes)
        {
            bytes = [.. bytes.Select(b => b == 0 ? (byte)1 : b)];
        }

        var path = folder.Combine("photo.html");
        File.WriteAllBytes(path, bytes);

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Null(record.Article);
        Assert.Contains("binary", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.txt")]
    public void ReadFile_InvalidUtf8_OneWarningAndTheTextIsRead(string name)
    {
        using var folder = new TempFolder();
        var text = name.EndsWith(".html", StringComparison.Ordinal)
            ? "<html><body><h1>Caf\u00e9 owners protest</h1><p>Owners of the caf\u00e9 said the rent had doubled in a year, and \u00a0# BROKEN #\u00a0 more.</p></body></html>"
            : "Caf\u00e9 owners protest\n\nOwners of the caf\u00e9 said the rent had doubled in a year, and # BROKEN # more.";
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var broken = bytes.IndexOf((byte)'#');
        bytes.InsertRange(broken, [0xC3, 0x28, 0xFF]);
        var path = folder.Combine(name);
        File.WriteAllBytes(path, [.. bytes]);

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Equal("Caf\u00e9 owners protest", record.Article!.Title);
        Assert.Contains("caf\u00e9 said the rent", record.Article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain('\ufffd', record.Article.Body);
        Assert.Contains("invalid UTF-8", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PageNestedFiftyThousandDeep_OneWarningWithinSeconds()
    {
        using var folder = new TempFolder();
        var path = folder.File("deep.html", Nested(50_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Null(record.Article);
        Assert.Contains("nested more than", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PageNestedFifteenHundredDeep_ReadWithoutOverflowingTheStack()
    {
        using var folder = new TempFolder();
        var path = folder.File("deep.html", Nested(1_500));

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Equal("Nested", record.Article!.Title);
        Assert.Contains("bottom of a very deep page", record.Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OldPageThatNeverClosesParagraphs_NotTakenForADeepOne()
    {
        using var folder = new TempFolder();
        var paragraphs = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>Paragraph {i} of a long old page, with a comma.\n"));
        var path = folder.File("old.html", "<html><body><h1>Old page</h1><div>" + paragraphs + "</div></body></html>");

        var record = Assert.Single(ArticleReader.ReadFile(path));

        Assert.Empty(record.Warnings);
        Assert.Contains("Paragraph 2999 of a long old page", record.Article!.Body, StringComparison.Ordinal);
    }

    private static string Nested(int depth)
    {
        var html = new StringBuilder("<html><body><h1>Nested</h1>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("<p>The text at the bottom of a very deep page, with a comma, still counts.</p>");
        html.Insert(html.Length, "</div>", depth);
        return html.Append("</body></html>").ToString();
    }

    [Fact]
    public void ReadPaths_FolderWithHostileFiles_EachHostileFileWarnsOnceAndTheRestIsRead()
    {
        using var folder = new TempFolder();
        folder.File("a-good.html", Good);
        File.WriteAllBytes(folder.Combine("b-garbage.html"), [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7 % 256))]);
        folder.File("c-xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>");
        folder.File("d-good.txt", "Council approves budget\n\nThe council approved the budget on Monday.");
        folder.File("e-broken.json", "{\"title\": ");
        folder.File("f-good.jsonl", "{\"id\":\"j1\",\"title\":\"Wire story\",\"body\":\"Text.\"}\n");

        var records = ArticleReader.ReadPaths([folder.Path]).ToList();

        Assert.Equal(["Night ferry approved", "Council approves budget", "Wire story"], records.Where(r => r.Article is not null).Select(r => r.Article!.Title));
        var warned = records.Where(r => r.Warnings.Count > 0).ToList();
        Assert.Equal(3, warned.Count);
        Assert.All(warned, r => Assert.Single(r.Warnings));
        Assert.Equal(["b-garbage.html", "c-xxe.xml", "e-broken.json"], warned.Select(r => Path.GetFileName(r.Path)));
    }
}
