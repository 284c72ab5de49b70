using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

public class NewsIndexWriterTests
{
    [Fact]
    public void UpsertAll_SameArticlesTwice_DoesNotDuplicate()
    {
        using var folder = new TempFolder();
        var articles = Enumerable.Range(0, 50).Select(i => Articles.Any(id: $"a{i}", title: $"Story {i}")).ToList();

        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.UpsertAll(articles);
        }

        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.UpsertAll(articles);
        }

        using var searcher = NewsSearcher.Open(folder.Path);
        Assert.Equal(50, searcher.GetStats().Articles);
    }

    [Fact]
    public void UpsertAll_TwoWorkers_LaterVersionsWinAcrossTheHandOverToSeveralWorkers()
    {
        // 100 ids upserted round and round: the versions posted just before the pipeline starts
        // spreading articles over workers (after the first 2,048) are still queued for the first
        // worker when their next versions go to the others; the next versions must win.
        const int total = 2048 + 100;
        using var writer = NewsIndexWriter.CreateInMemory(new NewsIndexOptions { IndexingThreads = 2 });
        writer.UpsertAll(Enumerable.Range(0, total).Select(i => Articles.Any(id: $"v{i % 100}", title: $"Version {i}")));
        writer.Commit();

        using var searcher = NewsSearcher.Open(writer);
        Assert.Equal(100, searcher.GetStats().Articles);
        Assert.All(Enumerable.Range(total - 100, 100), i => Assert.Equal($"Version {i}", searcher.Get($"v{i % 100}")?.Title));
    }

    [Fact]
    public void UpsertAll_FewArticles_MakeOneSegmentWhateverTheWorkers()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path, new NewsIndexOptions { IndexingThreads = 2 }))
        {
            writer.UpsertAll(Enumerable.Range(0, 100).Select(i => Articles.Any(id: $"f{i}")));
        }

        using var searcher = NewsSearcher.Open(folder.Path);
        Assert.Equal(1, searcher.GetStats().Segments);
    }

    [Fact]
    public void Optimize_SeveralSegments_MergesIntoOneAndKeepsEveryArticle()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            for (var batch = 0; batch < 3; batch++)
            {
                writer.UpsertAll(Enumerable.Range(0, 20).Select(i => Articles.Any(id: $"b{batch}-{i}", title: $"Harbour story {batch} {i}")));
                writer.Commit();
            }

            writer.Delete(["b0-0"]);
            writer.Commit();
            using (var before = NewsSearcher.Open(folder.Path))
            {
                Assert.True(before.GetStats().Segments > 1);
            }

            writer.Optimize();
        }

        using var searcher = NewsSearcher.Open(folder.Path);
        var stats = searcher.GetStats();
        Assert.Equal(1, stats.Segments);
        Assert.Equal(59, stats.Articles);
        Assert.Equal(59, searcher.Search("harbour", take: 100).TotalHits);
        Assert.Null(searcher.Get("b0-0"));
    }

    [Fact]
    public void Upsert_SameIdTwiceInOneBatch_LastOneWins()
    {
        using var index = new MemoryIndex(Articles.Any(id: "dup", title: "First version"), Articles.Any(id: "dup", title: "Second version"));

        Assert.Equal(1, index.Searcher.GetStats().Articles);
        Assert.Equal("Second version", index.Searcher.Get("dup")!.Title);
    }

    [Fact]
    public void Delete_ExistingAndMissingIds_ReturnsOnlyExistingAndRemovesThem()
    {
        using var index = new MemoryIndex(Articles.Any(id: "keep"), Articles.Any(id: "drop"));

        var deleted = index.Writer.Delete(["drop", "never-there"]);
        index.Writer.Commit();
        index.Searcher.Refresh();

        Assert.Equal(["drop"], deleted);
        Assert.Null(index.Searcher.Get("drop"));
        Assert.NotNull(index.Searcher.Get("keep"));
    }

    [Fact]
    public void Upsert_IntoAnExistingIndex_KeepsOneReaderOfEachSegment()
    {
        using var folder = new TempFolder();
        using (var first = NewsIndexWriter.Open(folder.Path))
        {
            first.UpsertAll([Articles.Any(id: "a", body: "Ferry strike."), Articles.Any(id: "b", body: "Harbour vote.")]);
        }

        CountingDirectory? counting = null;
        using (var writer = NewsIndexWriter.Open(folder.Path, null, directory => counting = new CountingDirectory(directory)))
        {
            writer.Upsert(Articles.Any(id: "a", body: "Ferry strike ends."));
            writer.Commit();
            writer.Upsert(Articles.Any(id: "b", body: "Harbour vote passes."));
        }

        var segmentFiles = counting!.MostOpenAtOnce.Where(file => file.Key.StartsWith("_0", StringComparison.Ordinal)).ToList();
        Assert.Contains(segmentFiles, file => file.Key.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.All(segmentFiles, file => Assert.Equal(1, file.Value));
    }

    [Fact]
    public void Open_IndexOfAnotherSchemaVersion_ThrowsIndexVersionExceptionWithTheVersions()
    {
        using var folder = new TempFolder();
        WriteRawLuceneIndex(folder.Path, new Dictionary<string, string> { ["newssearch.schema"] = "999" });

        var writerError = Assert.Throws<IndexVersionException>(() => NewsIndexWriter.Open(folder.Path));
        var searcherError = Assert.Throws<IndexVersionException>(() => NewsSearcher.Open(folder.Path));

        Assert.Contains("schema version 999", writerError.Message, StringComparison.Ordinal);
        Assert.Equal(999, searcherError.SchemaVersion);
        Assert.Equal(NewsSearch.Indexing.SchemaVersion.Current, searcherError.SupportedSchemaVersion);
        Assert.Equal(folder.Path, searcherError.IndexPath);
        Assert.DoesNotContain("newssearch ", searcherError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LuceneIndexNotWrittenByNewsSearch_IsRefused()
    {
        using var folder = new TempFolder();
        WriteRawLuceneIndex(folder.Path, new Dictionary<string, string>());

        var error = Assert.Throws<NewsSearchException>(() => NewsSearcher.Open(folder.Path));

        Assert.Contains("did not write", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderWithOtherFiles_IsRefusedAndLeftUntouched()
    {
        using var folder = new TempFolder();
        folder.File("thesis.docx", "my work");

        var error = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Open(folder.Path));

        Assert.Contains("not an index", error.Message, StringComparison.Ordinal);
        Assert.Equal(["thesis.docx"], System.IO.Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void SearcherOpen_MissingIndex_ThrowsIndexNotFound()
    {
        using var folder = new TempFolder();

        Assert.Throws<IndexNotFoundException>(() => NewsSearcher.Open(folder.Combine("nothing-here")));
        Assert.Throws<IndexNotFoundException>(() => NewsSearcher.Open(folder.Path));
    }

    [Fact]
    public void Create_UntilCommitted_OldIndexStaysWholeAndSearchable()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.UpsertAll([Articles.Any(id: "old-1"), Articles.Any(id: "old-2")]);
        }

        var rebuild = NewsIndexWriter.Create(folder.Path, new NewsIndexOptions { CommitEveryArticles = 1 });
        rebuild.UpsertAll(Enumerable.Range(0, 5).Select(i => Articles.Any(id: $"new-{i}")));
        using (var during = NewsSearcher.Open(folder.Path))
        {
            Assert.NotNull(during.Get("old-1"));
            Assert.Equal(2, during.GetStats().Articles);
        }

        rebuild.Dispose();

        using var after = NewsSearcher.Open(folder.Path);
        Assert.Null(after.Get("old-1"));
        Assert.Equal(5, after.GetStats().Articles);
    }

    [Fact]
    public void Rollback_OfARebuild_LeavesTheOldIndex()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path))
        {
            writer.Upsert(Articles.Any(id: "old"));
        }

        var rebuild = NewsIndexWriter.Create(folder.Path);
        rebuild.Upsert(Articles.Any(id: "new"));
        rebuild.Rollback();

        using var searcher = NewsSearcher.Open(folder.Path);
        Assert.NotNull(searcher.Get("old"));
        Assert.Null(searcher.Get("new"));
    }

    [Fact]
    public void UpsertAll_LongRun_CommitsPeriodicallySoOtherReadersSeeProgress()
    {
        using var folder = new TempFolder();
        using var writer = NewsIndexWriter.Open(folder.Path, new NewsIndexOptions { CommitEveryArticles = 10 });

        writer.UpsertAll(Enumerable.Range(0, 25).Select(i => Articles.Any(id: $"p{i}")));

        using var reader = NewsSearcher.Open(folder.Path);
        Assert.Equal(20, reader.GetStats().Articles);
    }

    [Fact]
    public void UpsertAll_Cancelled_StopsAndKeepsWhatWasAdded()
    {
        using var cancellation = new CancellationTokenSource();
        using var writer = NewsIndexWriter.CreateInMemory();
        IEnumerable<NewsArticle> Endless()
        {
            for (var i = 0; ; i++)
            {
                if (i == 100)
                {
                    cancellation.Cancel();
                }

                yield return Articles.Any(id: $"c{i}");
            }
        }

        Assert.Throws<OperationCanceledException>(() => writer.UpsertAll(Endless(), cancellationToken: cancellation.Token));
        writer.Commit();

        using var searcher = NewsSearcher.Open(writer);
        Assert.Equal(100, searcher.GetStats().Articles);
    }

    [Fact]
    public void UpsertAll_ReportsProgress()
    {
        var reports = new List<IndexProgress>();
        using var writer = NewsIndexWriter.CreateInMemory();

        writer.UpsertAll(Enumerable.Range(0, 2500).Select(i => Articles.Any(id: $"r{i}")), new SynchronousProgress(reports.Add));

        Assert.Equal([1000L, 2000L, 2500L], reports.Select(r => r.Articles));
    }

    [Fact]
    public void CommitData_CarriesTheSchemaVersion()
    {
        using var folder = new TempFolder();
        NewsIndexWriter.Open(folder.Path).Dispose();

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(NewsSearch.Indexing.SchemaVersion.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.IndexCommit.UserData["newssearch.schema"]);
    }

    private static void WriteRawLuceneIndex(string path, Dictionary<string, string> commitData)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        writer.AddDocument([new Lucene.Net.Documents.StringField("x", "y", Lucene.Net.Documents.Field.Store.YES)]);
        writer.SetCommitData(commitData);
        writer.Commit();
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
