using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class ParseCommandTests
{
    [Fact]
    public void Parse_JsonLines_PrintsEachArticleWithPathAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("news.jsonl", Archive.JsonLines);

        var result = CliRunner.Run("parse", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        var articles = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["a1", "a2", "a3"], articles.Select(a => a.GetProperty("id").GetString()));
        Assert.All(articles, a => Assert.Equal(file, a.GetProperty("path").GetString()));
        Assert.Equal([1, 2, 3], articles.Select(a => a.GetProperty("line").GetInt32()));
        Assert.Equal("Harbour ferry strike ends after two weeks", articles[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Parse_ScrapedText_ShowsWhatTheHeaderGave()
    {
        using var folder = new TempFolder();
        var file = folder.File("page.txt", Archive.ScrapedText);

        var result = CliRunner.Run("parse", file);

        var article = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("Mountain radio keeps villages connected", article.GetProperty("title").GetString());
        Assert.Equal("Ana Quispe", article.GetProperty("byline").GetString());
        Assert.Equal("2020-08-08T00:00:00Z", article.GetProperty("published").GetString());
        Assert.Equal(file, article.GetProperty("path").GetString());
        Assert.False(article.TryGetProperty("line", out _));
        Assert.False(string.IsNullOrEmpty(article.GetProperty("id").GetString()));
    }

    [Fact]
    public void Parse_BadLine_WarnsOnStderrAndPrintsTheRest()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.jsonl", Archive.FerryStrike + "\n{ nope\n" + Archive.GlacierMelt + "\n");

        var result = CliRunner.Run("parse", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutputLines.Count);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(file + ":2: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StandardInput_UsesTheStdinName()
    {
        var result = CliRunner.Run(["parse", "-"], input: Archive.GlacierMelt + "\n");

        var article = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("<stdin>", article.GetProperty("path").GetString());
        Assert.Equal(1, article.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Parse_NothingReadable_ExitsTwo()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.jsonl", "{ nope\n");

        var result = CliRunner.Run("parse", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("newssearch: no article could be read", result.ErrorLines);
    }

    [Fact]
    public void Parse_Output_IndexesToTheSameArticles()
    {
        using var folder = new TempFolder();
        var archive = Archive.WriteMixedFolder(folder);

        var parsed = CliRunner.Run("parse", archive);
        var indexed = CliRunner.Run(["index", "-", "--index", folder.Index], input: parsed.Output);

        Assert.Equal(5, parsed.OutputLines.Count);
        Assert.True(indexed.ExitCode == 0, indexed.ToString());
        Assert.Contains("indexed 5 articles", indexed.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("query", "capybara", "--index", folder.Index).ExitCode);
    }
}
