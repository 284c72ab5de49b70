using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// Keyword fields past Lucene's 32,766-byte term limit (issue 14, item 2): a warning naming file
/// and line, and the run goes on; written through the library, the article is indexed anyway.
/// </summary>
public sealed class OverlongFieldTests
{
    private static readonly string Huge = new('x', 40_000);

    public static TheoryData<string> KeywordFields => new() { "url", "source", "section", "byline", "language", "tags" };

    [Theory]
    [MemberData(nameof(KeywordFields))]
    public void JsonLines_KeywordFieldOverTheTermLimit_WarnsWithFileAndLineAndTheRunGoesOn(string field)
    {
        var value = field == "tags" ? $"[\"{Huge}\"]" : $"\"{Huge}\"";
        var lines = string.Join('\n',
            """{"id":"before","title":"Before"}""",
            $$"""{"id":"long","title":"Long","{{field}}":{{value}}}""",
            """{"id":"after","title":"After"}""");

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n")), "long.jsonl").ToList();
        using var index = new MemoryIndex([.. records.Select(r => r.Article).OfType<NewsArticle>()]);

        var warning = Assert.Single(records.SelectMany(r => r.Warnings));
        Assert.StartsWith($"long.jsonl:2: field '{field}': ", warning.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, index.Searcher.GetStats().Articles);
        Assert.NotNull(index.Searcher.Get("after"));
    }

    [Fact]
    public void JsonLines_IdOverTheTermLimit_SkipsTheRecordWithAWarningAndKeepsTheRest()
    {
        var lines = string.Join('\n', $$"""{"id":"{{Huge}}","title":"Long id"}""", """{"id":"after","title":"After"}""");

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n")), "ids.jsonl").ToList();

        var skipped = Assert.Single(records, r => r.Article is null);
        Assert.StartsWith("ids.jsonl:1: field 'id': ", Assert.Single(skipped.Warnings).ToString(), StringComparison.Ordinal);
        Assert.Contains(records, r => r.Article?.Id == "after");
    }

    [Fact]
    public void UpsertAll_ArticlesWithHugeKeywordFieldsAndTitle_IndexesThemAll()
    {
        var articles = new[]
        {
            Articles.Any(id: "url", url: "https://example.com/" + Huge),
            Articles.Any(id: "source", source: Huge),
            Articles.Any(id: "section", section: Huge),
            Articles.Any(id: "byline", byline: "By " + Huge),
            Articles.Any(id: "language", language: Huge),
            Articles.Any(id: "tag", tags: [Huge, "short"]),
            Articles.Any(id: "title", title: string.Concat(Enumerable.Repeat("Ferry ", 8_000))),
            Articles.Any(id: "after"),
        };
        using var writer = NewsIndexWriter.CreateInMemory();

        writer.UpsertAll(articles);
        writer.Commit();
        using var searcher = NewsSearcher.Open(writer);

        Assert.Equal(articles.Length, searcher.GetStats().Articles);
        Assert.Equal(Huge, searcher.Get("source")!.Source);
        Assert.Single(searcher.Search(new NewsQuery("tag:short")).Hits);
    }

    [Fact]
    public void Upsert_IdOverTheTermLimit_ThrowsArgumentExceptionAndTheWriterStaysUsable()
    {
        using var writer = NewsIndexWriter.CreateInMemory();

        Assert.Throws<ArgumentException>(() => writer.Upsert(Articles.Any(id: Huge)));
        writer.Upsert(Articles.Any(id: "fine"));
        writer.Commit();
        using var searcher = NewsSearcher.Open(writer);

        Assert.Equal(1, searcher.GetStats().Articles);
    }
}
