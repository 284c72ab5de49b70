using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Every reader, on 10,000 generated hostile inputs each (more with NEWSSEARCH_FUZZ_ITERATIONS):
/// reading never throws; whatever is wrong comes back as warnings, and every article has an id.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ReaderFuzzTests
{
    public static TheoryData<ArticleFormat> Formats => [.. Enum.GetValues<ArticleFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_HostileBytes_NeverThrows(ArticleFormat format)
    {
        var names = Gen.Elements("in.jsonl", "in.json", "in.txt", "in.html", "in.xml", "in.rss", "in.jsonl.gz", "in", "<stdin>");
        var property = Prop.ForAll(FuzzInputs.Documents, names.ToArbitrary(), (bytes, name) =>
        {
            var records = ArticleReader.Read(new MemoryStream(bytes), name, format).ToList();
            return records.All(r => r.Article is null || !string.IsNullOrWhiteSpace(r.Article.Id))
                && records.All(r => r.Article is not null || r.Warnings.Count > 0);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzInputs.Iterations).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Index_WhateverTheReadersYield_IsIndexedWithoutFailingAndIdsAreExact()
    {
        // One over-long keyword field used to abort a whole run (issue 14): every article a reader
        // yields must go into the index, and no id may hold what would make two ids one.
        using var writer = NewsIndexWriter.CreateInMemory();
        var property = Prop.ForAll(FuzzInputs.Documents, bytes =>
        {
            var articles = ArticleReader.Read(new MemoryStream(bytes), "in.jsonl").Select(r => r.Article).OfType<NewsArticle>().ToList();
            writer.UpsertAll(articles);
            return articles.All(a => !a.Id.Any(char.IsControl));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1, FuzzInputs.Iterations / 5)).WithQuietOnSuccess(true), property);
        writer.Commit();
    }
}
