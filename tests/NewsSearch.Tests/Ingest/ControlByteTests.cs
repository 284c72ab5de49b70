using System.Text;

namespace NewsSearch.Tests.Ingest;

/// <summary>Stray control bytes lose only the record they are in (issue 14, item 4), and long lists stay linear (item 5).</summary>
public sealed class ControlByteTests
{
    [Fact]
    public void JsonLines_ANulByteInTheFirstRecord_LosesOnlyThatRecord()
    {
        var text = new StringBuilder();
        text.Append("{\"id\":\"r0\",\"title\":\"Bad\0record\"}\n");
        for (var i = 1; i < 1000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":"r{{i}}","title":"Record {{i}}"}""").Append('\n');
        }

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "wires.jsonl").ToList();

        Assert.Equal(999, records.Count(r => r.Article is not null));
        var warning = Assert.Single(records.SelectMany(r => r.Warnings));
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void PlainText_AFewBellAndBackspaceCharacters_IsStillReadAsText()
    {
        var text = "Ferry strike ends\n\nCrews\a back\b\a.\n";

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "story.txt"));

        Assert.NotNull(record.Article);
        Assert.Equal("Ferry strike ends", record.Article.Title);
        Assert.DoesNotContain(record.Warnings, w => w.Message.Contains("binary", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_RealBinaryContent_IsStillSkippedAsBinary()
    {
        var random = new Random(14);
        var bytes = new byte[8192];
        random.NextBytes(bytes);
        bytes[0] = (byte)'{';

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(bytes), "noise.jsonl"));

        Assert.Null(record.Article);
        Assert.Contains("binary", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLines_TwoHundredThousandTags_AreReadInLinearTimeAndBoundedWithAWarning()
    {
        var tags = string.Join(',', Enumerable.Range(0, 200_000).Select(i => $"\"tag{i}\""));
        var line = $$"""{"id":"t","title":"Tagged","tags":[{{tags}}]}""";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "tags.jsonl"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.NotNull(record.Article);
        Assert.InRange(record.Article.Tags.Count, 1, 1000);
        Assert.StartsWith("tags.jsonl:1: field 'tags': ", Assert.Single(record.Warnings).ToString(), StringComparison.Ordinal);
    }
}
