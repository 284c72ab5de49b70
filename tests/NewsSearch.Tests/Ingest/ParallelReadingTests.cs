using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>ArticleReader.ReadPaths parses several files at once but hands records out file by file, in order.</summary>
public sealed class ParallelReadingTests
{
    [Fact]
    public void ReadPaths_ManyFilesOfMixedSizes_KeepsFileOrderAndRecordOrder()
    {
        using var folder = new TempFolder();
        var expected = new List<string>();
        for (var f = 0; f < 40; f++)
        {
            // Some files are much longer than others, so readers finish out of order.
            var lines = new StringBuilder();
            var count = f % 5 == 0 ? 2000 : 3;
            for (var r = 0; r < count; r++)
            {
                var id = $"f{f:00}-r{r:0000}";
                lines.Append("{\"id\":\"").Append(id).Append("\",\"title\":\"T\"}\n");
                expected.Add(id);
            }

            folder.File($"{f:00}.jsonl", lines.ToString());
        }

        var ids = ArticleReader.ReadPaths([folder.Path]).Select(r => r.Article!.Id).ToList();

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void ReadPaths_SameIdInTwoFiles_LaterFileComesLast()
    {
        using var folder = new TempFolder();
        folder.File("a.jsonl", "{\"id\":\"x\",\"title\":\"First\"}\n");
        folder.File("b.html", "<html><body><h1>Filler page</h1><p>Some text for the page here.</p></body></html>");
        folder.File("c.jsonl", "{\"id\":\"x\",\"title\":\"Second\"}\n");

        var titles = ArticleReader.ReadPaths([folder.Path]).Where(r => r.Article?.Id == "x").Select(r => r.Article!.Title);

        Assert.Equal(["First", "Second"], titles);
    }

    [Fact]
    public void ReadPaths_CallerStopsEarly_ReturnsPromptlyAndReleasesFiles()
    {
        using var folder = new TempFolder();
        for (var f = 0; f < 20; f++)
        {
            folder.File($"{f:00}.jsonl", string.Concat(Enumerable.Range(0, 5000).Select(r => $"{{\"id\":\"{f}-{r}\",\"title\":\"T\"}}\n")));
        }

        var first = ArticleReader.ReadPaths([folder.Path]).Take(10).ToList();

        Assert.Equal(10, first.Count);
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            using var exclusive = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
    }
}
