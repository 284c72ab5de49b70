using NewsSearch.Tests.Support;

namespace NewsSearch.Tests;

public class CorpusTests
{
    private const string SeedTitle = "Nat. ambassadors demand China's accountability for human rights abuses in Xinjiang";

    private static string SamplesFolder => Path.Combine(SharedData.RepositoryRoot, "samples", "articles");

    [Fact]
    public void Samples_ReadCleanly_AndCoverSourcesYearsAndFormats()
    {
        var records = ArticleReader.ReadPaths([SamplesFolder]).ToList();
        var articles = records.Select(r => r.Article).OfType<NewsArticle>().ToList();

        Assert.Empty(records.SelectMany(r => r.Warnings));
        Assert.True(articles.Count >= 30, $"{articles.Count} sample articles");
        Assert.True(articles.Select(a => a.Source).Distinct().Count() >= 5);
        Assert.True(articles.Where(a => a.Published is not null).Select(a => a.Published!.Value.Year).Distinct().Count() >= 4);
        Assert.Contains(records, r => r.Path.EndsWith(".jsonl", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Path.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Path.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    [SharedDataFact]
    public void SamplesAndSeed_ChenQuanguo_RanksTheSeedArticleFirst()
    {
        var seed = SharedData.File("fixtures/seed-article.txt");
        Assert.True(seed is not null, "../shared exists but fixtures/seed-article.txt is missing");
        using var writer = NewsIndexWriter.CreateInMemory();
        writer.UpsertAll(ArticleReader.ReadPaths([SamplesFolder, seed]).Select(r => r.Article).OfType<NewsArticle>());
        writer.Commit();
        using var searcher = NewsSearcher.Open(writer);

        var chen = searcher.Search("\"Chen Quanguo\"");
        var xinjiang = searcher.Search("Xinjiang");

        Assert.Equal(SeedTitle, chen.Hits[0].Title);
        Assert.Contains(chen.Hits[0].Snippets, s => s.Highlights.Count > 0);
        Assert.Contains(xinjiang.Hits, h => h.Title == SeedTitle);
        Assert.True(xinjiang.TotalHits >= 6);
    }

    [SharedDataFact]
    public void Reuters_IndexedTwiceOnDisk_Holds21577ArticlesBothTimes()
    {
        var corpus = SharedData.File("corpora/reuters21578/articles.jsonl.gz");
        Assert.True(corpus is not null, "../shared exists but corpora/reuters21578/articles.jsonl.gz is missing");
        using var folder = new TempFolder();

        var skipped = IndexInto(folder.Path, corpus);
        var firstCount = Count(folder.Path);
        IndexInto(folder.Path, corpus);
        var secondCount = Count(folder.Path);

        Assert.Equal(1, skipped);
        Assert.Equal(21_577, firstCount);
        Assert.Equal(21_577, secondCount);
        using var searcher = NewsSearcher.Open(folder.Path);
        Assert.Equal("reuters-04679", Assert.Single(searcher.Search("Xinjiang").Hits).Id);
    }

    private static int IndexInto(string indexPath, string corpus)
    {
        var skipped = 0;
        using var writer = NewsIndexWriter.Open(indexPath);
        writer.UpsertAll(ArticleReader.ReadFile(corpus).Where(r =>
        {
            skipped += r.Article is null ? 1 : 0;
            return r.Article is not null;
        }).Select(r => r.Article!));
        return skipped;
    }

    private static int Count(string indexPath)
    {
        using var searcher = NewsSearcher.Open(indexPath);
        return searcher.GetStats().Articles;
    }
}
