using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>Folders with symbolic links that loop: every file is read once and the walk ends (issue 14, item 1).</summary>
public sealed class SymlinkWalkTests
{
    [Fact]
    public void ReadPaths_OneLinkToTheParent_ReadsEachFileOnce()
    {
        using var folder = new TempFolder();
        folder.File("archive/good.jsonl", """{"id":"g","title":"Good"}""" + "\n");
        Directory.CreateSymbolicLink(folder.Combine("archive/loop"), folder.Combine("archive"));

        var records = ArticleReader.ReadPaths([folder.Combine("archive")]).ToList();

        Assert.Single(records, r => r.Article?.Id == "g");
    }

    [Fact]
    public async Task ReadPaths_TwoLinksToTheParentAndALinkToTheRoot_EndsAndReadsEachFileOnce()
    {
        using var folder = new TempFolder();
        folder.File("archive/a.jsonl", """{"id":"a","title":"A"}""" + "\n");
        folder.File("archive/deeper/b.jsonl", """{"id":"b","title":"B"}""" + "\n");
        Directory.CreateSymbolicLink(folder.Combine("archive/up1"), folder.Combine("archive"));
        Directory.CreateSymbolicLink(folder.Combine("archive/up2"), "..");
        Directory.CreateSymbolicLink(folder.Combine("archive/deeper/root"), folder.Path);

        // A walk that loops never ends: the wait turns that into a failure instead of a hung run.
        var records = await Task.Run(() => ArticleReader.ReadPaths([folder.Combine("archive")]).ToList()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["a", "b"], records.Select(r => r.Article?.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadPaths_TwoLinksToOneFile_ReadsItOnce()
    {
        using var folder = new TempFolder();
        var file = folder.File("elsewhere/wire.jsonl", """{"id":"w","title":"Wire"}""" + "\n");
        Directory.CreateDirectory(folder.Combine("archive"));
        File.CreateSymbolicLink(folder.Combine("archive/one.jsonl"), file);
        File.CreateSymbolicLink(folder.Combine("archive/two.jsonl"), file);

        var records = ArticleReader.ReadPaths([folder.Combine("archive")]).ToList();

        Assert.Single(records, r => r.Article?.Id == "w");
    }

    [Fact]
    public void ExpandPaths_NestedFoldersAndSiblingFiles_ListsInOrdinalPathOrder()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "b.txt", "b/x.jsonl", "a.jsonl", "b-c/y.jsonl", "B.jsonl" })
        {
            folder.File("archive/" + name, """{"id":"x","title":"X"}""" + "\n");
        }

        var files = ArticleReader.ExpandPaths([folder.Combine("archive")], out _);

        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(5, files.Count);
    }
}
