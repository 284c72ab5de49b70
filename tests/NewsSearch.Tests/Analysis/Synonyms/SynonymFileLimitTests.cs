using NewsSearch.Analysis.Synonyms;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Analysis.Synonyms;

/// <summary>A synonyms file is read within bounds (issue 14, item 11): an endless or huge file, or a huge line, is one line of error.</summary>
public sealed class SynonymFileLimitTests
{
    [Fact]
    public void Read_EndlessDeviceWithoutLineBreaks_FailsWithOneLine()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var failure = Assert.Throws<NewsSearchException>(() => SynonymFile.Read("/dev/zero"));

        Assert.Contains("/dev/zero", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_FailsWithOneLineNamingTheLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("huge.txt");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < 700_000; i++)
            {
                writer.WriteLine($"word{i}, variant{i}");
            }
        }

        var failure = Assert.Throws<NewsSearchException>(() => SynonymFile.Read(path));

        Assert.Contains("larger than", failure.Message, StringComparison.Ordinal);
        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneLineOverTheLineLimit_FailsNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("long-line.txt", "Kyiv, Kiev\n" + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "w" + i)) + "\n");

        var failure = Assert.Throws<NewsSearchException>(() => SynonymFile.Read(path));

        Assert.StartsWith($"{path}:2: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SearcherWithAnEndlessSynonymsFile_FailsBeforeOpening()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new TempFolder();
        var index = folder.Combine("index");
        NewsIndexWriter.Open(index).Dispose();

        Assert.Throws<NewsSearchException>(() => NewsSearcher.Open(index, new NewsSearcherOptions { SynonymFiles = ["/dev/zero"] }));
    }
}
