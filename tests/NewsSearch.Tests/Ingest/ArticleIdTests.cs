using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>Ids are exact strings: distinct ids never merge into one article (issue 14, item 3).</summary>
public sealed class ArticleIdTests
{
    [Fact]
    public void JsonLines_IdsThatDifferOnlyInSpaces_StayDistinctArticles()
    {
        var ids = new[] { "a b", "a  b", "a  b ", " a b", "ab" };
        var lines = string.Join('\n', ids.Select((id, i) => $$"""{"id":"{{id}}","title":"Version {{i}}"}"""));

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n")), "ids.jsonl").ToList();
        using var index = new MemoryIndex([.. records.Select(r => r.Article).OfType<NewsArticle>()]);

        Assert.Equal(ids, records.Select(r => r.Article?.Id));
        Assert.Equal(ids.Length, index.Searcher.GetStats().Articles);
        Assert.Equal("Version 2", index.Searcher.Get("a  b ")!.Title);
    }

    [Fact]
    public void JsonLines_IdsWithControlCharacters_AreRejectedWithAWarningNeverMerged()
    {
        var ids = new[] { "a\\nb", "a\\tb", "a\\u0007b", "a\\u001b[2Jb", "a\\u0000b", "a\\rb", "a b" };
        var lines = string.Join('\n', ids.Select((id, i) => $$"""{"id":"{{id}}","title":"Version {{i}}"}"""));

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n")), "ids.jsonl").ToList();
        using var index = new MemoryIndex([.. records.Select(r => r.Article).OfType<NewsArticle>()]);

        Assert.Equal(["a b"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var rejected = records.Where(r => r.Article is null).ToList();
        Assert.Equal(6, rejected.Count);
        Assert.All(rejected, r => Assert.Contains("field 'id': ", Assert.Single(r.Warnings).Message, StringComparison.Ordinal));
        Assert.Equal("Version 6", index.Searcher.Get("a b")!.Title);
    }

    [Fact]
    public void Upsert_IdsThatDifferOnlyInWhitespaceOrControls_StayDistinct()
    {
        var ids = new[] { "a b", "a\nb", "a  b ", "a\u0007b", "a\tb" };

        using var index = new MemoryIndex([.. ids.Select((id, i) => Articles.Any(id: id, title: "Version " + i))]);

        Assert.Equal(ids.Length, index.Searcher.GetStats().Articles);
        Assert.All(ids, id => Assert.Equal(id, index.Searcher.Get(id)!.Id));
    }
}
