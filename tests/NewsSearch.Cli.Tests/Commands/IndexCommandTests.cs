using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class IndexCommandTests
{
    [Fact]
    public void Index_FolderOfJsonLinesJsonAndText_MakesEveryArticleSearchable()
    {
        using var folder = new TempFolder();
        var archive = Archive.WriteMixedFolder(folder);

        var result = CliRunner.Run("index", archive, "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Output);
        Assert.StartsWith("indexed 5 articles from 3 files in ", result.Error, StringComparison.Ordinal);
        Assert.Contains("0 skipped, 0 warnings; index: " + folder.Index, result.Error, StringComparison.Ordinal);
        Assert.Equal(5, ArticleCount(folder.Index));
        foreach (var word in new[] { "zebrafinch", "pangolin", "capybara" })
        {
            var query = CliRunner.Run("query", word, "--index", folder.Index);
            Assert.True(query.ExitCode == 0, query.ToString());
        }
    }

    [Fact]
    public void Index_FileWithBadLines_WarnsWithFileAndLineAndKeepsTheGoodRecords()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.jsonl", string.Join('\n', Archive.FerryStrike, "{ not json", """{"id":"x1"}""", Archive.FerryFares) + "\n");

        var result = CliRunner.Run("index", file, "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, line => line.StartsWith(file + ":2: ", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith(file + ":3: ", StringComparison.Ordinal));
        Assert.Contains("indexed 2 articles from 1 file", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 skipped", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, ArticleCount(folder.Index));
    }

    [Fact]
    public void Index_ManyBadLines_ShowsFiftyWarningsAndCountsTheRest()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Repeat("{ broken", 60).Append(Archive.GlacierMelt);
        var file = folder.File("noisy.jsonl", string.Join('\n', lines));

        var result = CliRunner.Run("index", file, "--index", folder.Index);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(50, result.ErrorLines.Count(line => line.StartsWith(file + ":", StringComparison.Ordinal)));
        Assert.Contains("newssearch: … 10 more warnings not shown", result.ErrorLines);
    }

    [Fact]
    public void Index_SameInputTwice_LeavesTheCountUnchanged()
    {
        using var folder = new TempFolder();
        var archive = Archive.WriteMixedFolder(folder);

        CliRunner.Run("index", archive, "--index", folder.Index);
        var second = CliRunner.Run("index", archive, "--index", folder.Index);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(5, ArticleCount(folder.Index));
    }

    [Fact]
    public void Index_Dash_ReadsStandardInput()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(["index", "-", "--index", folder.Index], input: Archive.JsonLines);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("indexed 3 articles from 1 file", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("query", "axolotl", "--index", folder.Index).ExitCode);
    }

    [Fact]
    public void Index_StandardInputWithFormat_ReadsThatFormat()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(["index", "-", "--format", "text", "--index", folder.Index], input: Archive.ScrapedText);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, CliRunner.Run("query", "capybara", "--index", folder.Index).ExitCode);
    }

    [Fact]
    public void Index_EmptyStandardInput_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(["index", "-", "--index", folder.Index], input: "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("newssearch: nothing could be indexed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Rebuild_ReplacesTheContent()
    {
        using var folder = new TempFolder();
        Archive.IndexMixedFolder(folder);
        var replacement = folder.File("replacement.jsonl", Archive.GlacierMelt + "\n");

        var result = CliRunner.Run("index", replacement, "--rebuild", "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("rebuilt the index with 1 article", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, ArticleCount(folder.Index));
        Assert.Equal(1, CliRunner.Run("query", "zebrafinch", "--index", folder.Index).ExitCode);
        Assert.Equal(0, CliRunner.Run("query", "quokkas", "--index", folder.Index).ExitCode);
    }

    [Fact]
    public void Index_RebuildFromNothingReadable_KeepsTheOldIndex()
    {
        using var folder = new TempFolder();
        Archive.IndexMixedFolder(folder);
        var garbage = folder.File("garbage.jsonl", "{ broken\n");

        var result = CliRunner.Run("index", garbage, "--rebuild", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("newssearch: nothing could be indexed; the index is unchanged", result.ErrorLines);
        Assert.Equal(5, ArticleCount(folder.Index));
    }

    [Fact]
    public void Index_MissingPath_ExitsTwoWithoutCreatingAnIndex()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("nope.jsonl");

        var result = CliRunner.Run("index", missing, "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([missing + ": no such file or folder", "newssearch: nothing to index"], result.ErrorLines);
        Assert.False(Directory.Exists(folder.Index));
    }

    [Fact]
    public void Index_MissingPathBesideGoodOne_WarnsAndIndexesTheRest()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.jsonl", Archive.JsonLines);
        var missing = folder.Combine("nope.jsonl");

        var result = CliRunner.Run("index", missing, good, "--index", folder.Index);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(missing + ": no such file or folder", result.ErrorLines);
        Assert.Equal(3, ArticleCount(folder.Index));
    }

    [Fact]
    public async Task Index_WhileAnotherProcessWrites_FailsAndTheFirstCompletes()
    {
        using var folder = new TempFolder();
        var file = folder.File("more.jsonl", Archive.GlacierMelt + "\n");
        using var first = CliRunner.Start(["index", "-", "--index", folder.Index]);
        var firstError = first.StandardError.ReadToEndAsync();
        first.StandardInput.WriteLine(Archive.FerryStrike);
        first.StandardInput.Flush();
        Eventually.True(() => File.Exists(Path.Combine(folder.Index, "write.lock")), TimeSpan.FromSeconds(30), "the writer never took its lock");

        var second = CliRunner.Run("index", file, "--index", folder.Index);
        first.StandardInput.Close();
        Assert.True(first.WaitForExit(TimeSpan.FromSeconds(60)), "the first index run did not finish");

        Assert.Equal(2, second.ExitCode);
        var line = Assert.Single(second.ErrorLines);
        Assert.Equal($"newssearch: index at '{folder.Index}' is being written by another process; wait for it to finish", line);
        Assert.True(first.ExitCode == 0, await firstError);
        Assert.Equal(1, ArticleCount(folder.Index));
    }

    [Fact]
    public async Task Index_Terminated_CommitsWhatWasReadAndExits130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        using var process = CliRunner.Start(["index", "-", "--index", folder.Index]);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(ManyArticles(40));
        process.StandardInput.Flush();
        Eventually.True(() => File.Exists(Path.Combine(folder.Index, "write.lock")), TimeSpan.FromSeconds(30), "the writer never took its lock");

        Terminate(process);

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the index run did not stop");
        var message = await error;
        Assert.True(process.ExitCode == 130, message);
        Assert.Contains("newssearch: interrupted; kept the ", message, StringComparison.Ordinal);
        Assert.InRange(ArticleCount(folder.Index), 0, 40);
    }

    [Fact]
    public async Task Index_RebuildTerminated_LeavesTheOldIndex()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        Archive.IndexMixedFolder(folder);
        using var process = CliRunner.Start(["index", "-", "--rebuild", "--index", folder.Index]);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(ManyArticles(40));
        process.StandardInput.Flush();
        Assert.False(File.Exists(Path.Combine(folder.Index, "write.lock")));
        Eventually.True(() => File.Exists(Path.Combine(folder.Index, "write.lock")), TimeSpan.FromSeconds(30), "the writer never took its lock");

        Terminate(process);

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the rebuild did not stop");
        var message = await error;
        Assert.True(process.ExitCode == 130, message);
        Assert.Contains("newssearch: interrupted; the index is unchanged", message, StringComparison.Ordinal);
        Assert.Equal(5, ArticleCount(folder.Index));
    }

    [Fact]
    public void Index_SamplesFolder_ThenQueryXinjiangFindsHits()
    {
        using var folder = new TempFolder();
        var samples = Path.Combine(CliRunner.RepositoryRoot(), "samples", "articles");

        var index = CliRunner.Run("index", samples, "--index", folder.Index);
        var query = CliRunner.Run("query", "Xinjiang", "--index", folder.Index);

        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.Contains("0 skipped", index.Error, StringComparison.Ordinal);
        Assert.True(query.ExitCode == 0, query.ToString());
        Assert.Matches("^[0-9]+ articles match \"Xinjiang\" \\(showing 1-[0-9]+\\)$", query.OutputLines[0]);
    }

    private static int ArticleCount(string index)
    {
        var stats = CliRunner.Run("stats", "--json", "--index", index);
        Assert.True(stats.ExitCode == 0, stats.ToString());
        return JsonDocument.Parse(stats.Output).RootElement.GetProperty("articles").GetInt32();
    }

    // More than the 8 KiB the reader sniffs before it parses, so some articles are read while stdin stays open.
    private static string ManyArticles(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $$"""{"id":"many-{{i}}","title":"Article {{i}}","body":"{{string.Join(' ', Enumerable.Repeat("filler words for the sniffing buffer", 10))}}"}""" + "\n"));

    // SIGTERM, which the CLI handles like Ctrl-C; Process.Kill would send SIGKILL.
    private static void Terminate(System.Diagnostics.Process process)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [Fact]
    public void Index_FolderOfSavedPages_WarnsNamingThePageWhoseBodyIsSuspiciouslyShort()
    {
        using var folder = new TempFolder();
        var story = "<p>The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening.</p>"
            + "<p>The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish their shifts late.</p>"
            + "<p>The operator said it would recruit eleven additional deckhands and two skippers before the service begins.</p>";
        var comment = "<p>I have taken this ferry for years and the night service will change the way the whole harbour district works, for better or worse.</p>";
        folder.File("pages/full.html", "<html><head><title>Night ferry approved</title></head><body><article><h1>Night ferry approved</h1>" + story + "</article></body></html>");
        var shortPage = folder.File("pages/short.html", "<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>"
            + "<p>Ferry fares will rise by a tenth from April, the operator said on Monday after a year of losses.</p></article>"
            + "<section class=\"comments\">" + string.Concat(Enumerable.Repeat(comment, 12)) + "</section></body></html>");

        var result = CliRunner.Run("index", folder.Combine("pages"), "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.ErrorLines, line => line.Contains("suspiciously short", StringComparison.Ordinal));
        Assert.StartsWith(shortPage + ": the article body is suspiciously short", warning, StringComparison.Ordinal);
        Assert.Contains("indexed 2 articles from 2 files", result.Error, StringComparison.Ordinal);
    }
}
