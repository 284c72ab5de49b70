using System.Collections.Concurrent;
using System.Diagnostics;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests;

/// <summary>Many searching threads and one writer at once: every search succeeds and sees one committed snapshot.</summary>
public sealed class ConcurrencyTests
{
    private const int Batches = 40;
    private const int BatchSize = 50;
    private const int SearchThreads = 8;
    private const int SearchesPerThread = 150;

    [Fact]
    public void Search_EightThreadsWhileOneWriterCommitsBatches_SeeWholeBatchesOnly()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using var writer = NewsIndexWriter.Open(index, NewsIndexOptions.Default with { CommitEveryArticles = int.MaxValue, CommitInterval = TimeSpan.MaxValue });
        using var searcher = NewsSearcher.Open(index);
        var failures = new ConcurrentQueue<string>();
        var searches = 0;

        var writing = new Thread(() =>
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                writer.UpsertAll(Enumerable.Range(0, BatchSize).Select(i => Article(batch, i)));
                writer.Commit();
            }
        });
        var readers = Enumerable.Range(0, SearchThreads).Select(thread => new Thread(() =>
        {
            var random = new Random(thread);
            var seen = 0;
            for (var n = 0; n < SearchesPerThread; n++)
            {
                try
                {
                    if (n % 10 == 0)
                    {
                        searcher.Refresh();
                    }

                    var all = searcher.Search(new NewsQuery("*") { Take = 0 }).TotalHits;
                    Check(all % BatchSize == 0, $"{all} articles visible: a batch was seen in part", failures);
                    Check(all >= seen, $"{all} articles after {seen}: the snapshot went back", failures);
                    seen = all;

                    var batch = random.Next(Batches);
                    var inBatch = searcher.Search(new NewsQuery($"tag:batch{batch}") { Take = BatchSize, Highlight = false });
                    Check(inBatch.TotalHits is 0 or BatchSize, $"batch {batch}: {inBatch.TotalHits} of {BatchSize} visible", failures);
                    Check(inBatch.Hits.All(h => h.Id.StartsWith($"b{batch}-", StringComparison.Ordinal)), $"batch {batch}: a hit from another batch", failures);

                    var item = random.Next(BatchSize);
                    var one = searcher.Search(new NewsQuery($"w{batch}x{item}"));
                    Check(one.TotalHits <= 1 && one.Hits.All(h => h.Id == $"b{batch}-{item}"), $"w{batch}x{item}: {one.TotalHits} hits", failures);
                    Interlocked.Increment(ref searches);
                }
                catch (Exception exception)
                {
                    failures.Enqueue(exception.ToString());
                }
            }
        })).ToList();

        var clock = Stopwatch.StartNew();
        writing.Start();
        readers.ForEach(t => t.Start());
        readers.ForEach(t => t.Join());
        writing.Join();

        Assert.Empty(failures);
        Assert.Equal(SearchThreads * SearchesPerThread, searches);
        searcher.Refresh();
        Assert.Equal(Batches * BatchSize, searcher.Search(new NewsQuery("*") { Take = 0 }).TotalHits);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), clock.Elapsed.ToString());
    }

    [Fact]
    public void Search_EightThreadsOverTheWritersOwnView_NeverFailNorDuplicate()
    {
        using var writer = NewsIndexWriter.CreateInMemory();
        using var searcher = NewsSearcher.Open(writer);
        var failures = new ConcurrentQueue<string>();
        var writing = new Thread(() =>
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                foreach (var article in Enumerable.Range(0, BatchSize).Select(i => Article(batch, i)))
                {
                    writer.Upsert(article);
                }
            }
        });
        var readers = Enumerable.Range(0, SearchThreads).Select(thread => new Thread(() =>
        {
            for (var n = 0; n < SearchesPerThread; n++)
            {
                try
                {
                    searcher.Refresh();
                    var page = searcher.Search(new NewsQuery("harbour") { Take = 500, Highlight = n % 2 == 0 });
                    Check(page.Hits.Select(h => h.Id).Distinct().Count() == page.Hits.Count, "a hit listed twice", failures);
                    Check(page.Hits.Count == Math.Min(500, page.TotalHits), $"{page.Hits.Count} hits of {page.TotalHits}", failures);
                }
                catch (Exception exception)
                {
                    failures.Enqueue(exception.ToString());
                }
            }
        })).ToList();

        writing.Start();
        readers.ForEach(t => t.Start());
        readers.ForEach(t => t.Join());
        writing.Join();

        Assert.Empty(failures);
    }

    [Fact]
    public void Writer_SecondInTheSameProcess_FailsFastWithAClearMessage()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("index");
        using var first = NewsIndexWriter.Open(index);

        var second = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Open(index));
        var rebuild = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Create(index));

        Assert.Equal($"index at '{index}' is being written by another process; wait for it to finish", second.Message);
        Assert.Equal(second.Message, rebuild.Message);
        first.Upsert(Articles.Any(id: "still-works"));
        first.Commit();
    }

    private static NewsArticle Article(int batch, int item) => Articles.Any(
        id: $"b{batch}-{item}",
        title: $"Harbour batch {batch} item {item}",
        body: $"The harbour report w{batch}x{item} of batch {batch}.",
        tags: [$"batch{batch}"]);

    private static void Check(bool condition, string message, ConcurrentQueue<string> failures)
    {
        if (!condition)
        {
            failures.Enqueue(message);
        }
    }
}
