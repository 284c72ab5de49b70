using NewsSearch.Ingest.Readers;

namespace NewsSearch.Tests.Ingest.Readers;

public sealed class BoundedLineReaderTests
{
    [Theory]
    [InlineData("a\nbb\r\nccc\rd", new[] { "a", "bb", "ccc", "d" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("", new string[0])]
    [InlineData("\r\n", new[] { "" })]
    public void Read_SplitsLikeReadLine(string text, string[] expected)
    {
        var lines = BoundedLineReader.Read(new StringReader(text), 100).Select(l => l.Text).ToList();

        Assert.Equal(expected, lines);
        Assert.Equal(ReadLines(text), lines);
    }

    [Fact]
    public void Read_LinesAcrossBufferBoundaries_MatchReadLine()
    {
        var random = new Random(3);
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => new string('x', random.Next(0, 200)) + (random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" })));

        var lines = BoundedLineReader.Read(new StringReader(text), int.MaxValue).Select(l => l.Text).ToList();

        Assert.Equal(ReadLines(text), lines);
    }

    [Fact]
    public void Read_LineOverTheCap_ComesBackAsNullWithItsLengthAndTheNextLineIsRead()
    {
        var text = "short\n" + new string('y', 300_000) + "\nafter\n";

        var lines = BoundedLineReader.Read(new StringReader(text), 1000).ToList();

        Assert.Equal([("short", 5L), (null, 300_000L), ("after", 5L)], lines);
    }

    [Fact]
    public void JsonLines_LineOverTheCap_SkippedWithAWarningNamingTheLine()
    {
        var text = "{\"id\":\"a\",\"title\":\"A\"}\n" + new string(' ', JsonLinesArticleReader.MaxLineChars + 10) + "x\n{\"id\":\"b\",\"title\":\"B\"}\n";

        var records = JsonLinesArticleReader.Read(new StringReader(text), "big.jsonl").ToList();

        Assert.Equal(["a", "b"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        Assert.Equal("big.jsonl:2: line skipped: 64 Mi characters long, more than the 64 Mi a record may be", Assert.Single(records.SelectMany(r => r.Warnings)).ToString());
    }

    private static List<string?> ReadLines(string text)
    {
        var reader = new StringReader(text);
        var lines = new List<string?>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
