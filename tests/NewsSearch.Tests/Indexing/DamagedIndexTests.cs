using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// Damaged, foreign and other-version indexes: opening, searching and writing give one clear
/// message, <see cref="IndexHealth.Check"/> names the problem, and a rebuild recovers.
/// </summary>
public sealed class DamagedIndexTests
{
    [Fact]
    public void Check_HealthyIndex_ReportsNoProblemsAndTheArticleCount()
    {
        using var folder = new TempFolder();
        var index = Build(folder, 300);

        var health = IndexHealth.Check(index);

        Assert.True(health.IsHealthy, string.Join("\n", health.Problems));
        Assert.Equal(300, health.Articles);
        Assert.Equal(NewsSearch.Indexing.SchemaVersion.Current, health.SchemaVersion);
    }

    public static TheoryData<string> Damages => new() { "truncate-compound", "truncate-segments", "flip-compound", "delete-compound", "zero-entries" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void DamagedIndex_OpenSearchAndCheck_FailClearlyAndRebuildRecovers(string damage)
    {
        using var folder = new TempFolder();
        var index = Build(folder, 300);
        Damage(index, damage);

        var health = IndexHealth.Check(index);
        var failure = Record.Exception(() =>
        {
            using var searcher = NewsSearcher.Open(index);
            for (var i = 0; i < 300; i += 7)
            {
                searcher.Search(new NewsQuery("marker" + i) { Take = 100 });
                searcher.Get("damaged-" + i);
            }
        });

        Assert.False(health.IsHealthy, $"{damage}: check found nothing");
        Assert.All(health.Problems, problem => Assert.DoesNotContain('\n', problem));
        if (failure is not null)
        {
            Assert.True(failure is NewsSearchException, $"{damage}: {failure}");
            Assert.DoesNotContain('\n', failure.Message);
            Assert.DoesNotContain("newssearch ", failure.Message, StringComparison.Ordinal);
        }

        using (var writer = NewsIndexWriter.Create(index))
        {
            writer.UpsertAll(Enumerable.Range(0, 50).Select(i => Articles.Any(id: "rebuilt-" + i)));
        }

        Assert.True(IndexHealth.Check(index).IsHealthy);
        using var rebuilt = NewsSearcher.Open(index);
        Assert.Equal(50, rebuilt.GetStats().Articles);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void SegmentWalker_TheCheckUsedUnderNativeAot_FindsTheSameDamage(string damage)
    {
        using var folder = new TempFolder();
        var index = Build(folder, 300);
        var healthy = Walk(index);
        Damage(index, damage);

        var damaged = Walk(index);

        Assert.True(healthy.IsHealthy, string.Join("\n", healthy.Problems));
        Assert.Equal(300, healthy.Articles);
        Assert.False(damaged.IsHealthy, $"{damage}: the walk found nothing");
        Assert.All(damaged.Problems, problem => Assert.DoesNotContain('\n', problem));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(3)] // version 3 indexed offsets, which snippets no longer read
    [InlineData(4)] // version 4 has no forms twins, which quoted phrases need
    [InlineData(5)] // version 5 stores every title twice (stored field and doc values)
    public void OtherSchemaVersion_OpenAndWrite_AskForARebuild(int version)
    {
        using var folder = new TempFolder();
        var index = Build(folder, 10);
        WriteCommitData(index, new Dictionary<string, string> { ["newssearch.schema"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var read = Assert.Throws<IndexVersionException>(() => NewsSearcher.Open(index));
        var write = Assert.Throws<IndexVersionException>(() => NewsIndexWriter.Open(index));
        var health = IndexHealth.Check(index);

        Assert.Contains($"schema version {version}", read.Message, StringComparison.Ordinal);
        Assert.Equal(version, read.SchemaVersion);
        Assert.Contains($"schema version {version}", write.Message, StringComparison.Ordinal);
        Assert.Equal(version, health.SchemaVersion);
        Assert.Equal($"schema version {version}, but this NewsSearch reads version {NewsSearch.Indexing.SchemaVersion.Current}", Assert.Single(health.Problems));
    }

    [Fact]
    public void ForeignLuceneIndex_OpenAndCheck_SayNewsSearchDidNotWriteIt()
    {
        using var folder = new TempFolder();
        var index = folder.Combine("foreign");
        using (var directory = FSDirectory.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument(new Document { new TextField("text", "not ours", Field.Store.YES) });
            writer.Commit();
        }

        var read = Assert.Throws<NewsSearchException>(() => NewsSearcher.Open(index));
        var health = IndexHealth.Check(index);

        Assert.Contains("NewsSearch did not write", read.Message, StringComparison.Ordinal);
        Assert.Contains("NewsSearch did not write", Assert.Single(health.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void FolderThatIsNotAnIndex_OpenWriteAndCheck_SaySo()
    {
        using var folder = new TempFolder();
        var documents = folder.Combine("documents");
        folder.File("documents/letter.txt", "Dear editor");

        Assert.Throws<IndexNotFoundException>(() => NewsSearcher.Open(documents));
        var write = Assert.Throws<NewsSearchException>(() => NewsIndexWriter.Open(documents));
        var health = IndexHealth.Check(documents);

        Assert.Contains("not an index", write.Message, StringComparison.Ordinal);
        Assert.StartsWith("not an index", Assert.Single(health.Problems), StringComparison.Ordinal);
        Assert.Equal(["letter.txt"], System.IO.Directory.EnumerateFileSystemEntries(documents).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_MissingFolder_ThrowsIndexNotFound()
    {
        using var folder = new TempFolder();

        Assert.Throws<IndexNotFoundException>(() => IndexHealth.Check(folder.Combine("nothing-here")));
    }

    [Fact]
    public void Check_WhileAWriterHoldsTheIndex_FailsFastInsteadOfReportingFalseDamage()
    {
        using var folder = new TempFolder();
        var index = Build(folder, 5);
        using var writer = NewsIndexWriter.Open(index);

        var failure = Assert.Throws<NewsSearchException>(() => IndexHealth.Check(index));

        Assert.Contains("is being written by another process", failure.Message, StringComparison.Ordinal);
    }

    private static IndexHealth Walk(string index)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(index));
        return NewsSearch.Indexing.SegmentWalker.Check(index, directory);
    }

    private static string Build(TempFolder folder, int count)
    {
        var index = folder.Combine("index");
        using var writer = NewsIndexWriter.Open(index);
        writer.UpsertAll(Enumerable.Range(0, count).Select(i => Articles.Any(id: "damaged-" + i, body: $"Body with marker{i} and some ordinary words about harbours and ferries.")));
        return index;
    }

    private static void Damage(string index, string damage)
    {
        var compound = System.IO.Directory.GetFiles(index, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        var segments = System.IO.Directory.GetFiles(index, "segments_*").Single();
        switch (damage)
        {
            case "truncate-compound":
                Truncate(compound, 0.5);
                break;
            case "truncate-segments":
                Truncate(segments, 0.5);
                break;
            case "flip-compound":
                using (var stream = File.Open(compound, FileMode.Open))
                {
                    stream.Position = stream.Length / 2;
                    var value = stream.ReadByte();
                    stream.Position--;
                    stream.WriteByte((byte)(value ^ 0xff));
                }

                break;
            case "delete-compound":
                File.Delete(compound);
                break;
            case "zero-entries":
                var entries = Path.ChangeExtension(compound, ".cfe");
                File.WriteAllBytes(entries, new byte[new FileInfo(entries).Length]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage));
        }
    }

    private static void Truncate(string path, double keep)
    {
        using var stream = File.Open(path, FileMode.Open);
        stream.SetLength((long)(stream.Length * keep));
    }

    private static void WriteCommitData(string index, IDictionary<string, string> data)
    {
        using var directory = FSDirectory.Open(index);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(data);
        writer.Commit();
    }
}
