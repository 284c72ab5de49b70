namespace NewsSearch.Tests.Support;

/// <summary>An in-memory index of 20,000 generated articles over about 90,000 distinct made-up words, shared by the hostile-query tests.</summary>
public sealed class HostileQueryFixture : IDisposable
{
    public const int ArticleCount = 20_000;

    public HostileQueryFixture()
    {
        Writer = NewsIndexWriter.CreateInMemory();
        Writer.UpsertAll(GeneratedArchive.Articles(ArticleCount));
        Writer.Commit();
        Searcher = NewsSearcher.Open(Writer);
        Searcher.Refresh();
    }

    public NewsIndexWriter Writer { get; }

    public NewsSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        Writer.Dispose();
    }
}
