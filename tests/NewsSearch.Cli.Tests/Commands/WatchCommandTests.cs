using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public WatchCommandTests()
    {
        Index("old", "Ferry strike called off after talks.");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WatchRun_PrintsOnlyArticlesIndexedSinceTheLastRun()
    {
        Watch("add", "ferries", "ferry", "strike");

        var first = Watch("run");
        Index("new", "A new ferry strike starts on Monday.");
        var second = Watch("run");
        Index("new", "A new ferry strike starts on Monday.");
        var third = Watch("run");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("ferries: nothing new", first.Error, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("ferries: 1 new article for \"ferry strike\"", second.Output, StringComparison.Ordinal);
        Assert.Contains("new", second.OutputLines.Select(line => line.Trim()));
        Assert.DoesNotContain("old", second.OutputLines.Select(line => line.Trim()));
        Assert.Equal(1, third.ExitCode);
    }

    [Fact]
    public void WatchRun_Json_NamesTheSearch()
    {
        Watch("add", "ferries", "ferry");
        Index("new", "Ferry fares rise.");

        var result = Watch("run", "ferries", "--json");

        var hit = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("ferries", hit.GetProperty("watch").GetString());
        Assert.Equal("new", hit.GetProperty("id").GetString());
    }

    [Fact]
    public void WatchListAndRemove_ManageTheSearches()
    {
        Watch("add", "ferries", "ferry");
        Watch("add", "glaciers", "glacier");

        var list = Watch("list");
        var removed = Watch("remove", "ferries");
        var removedAgain = Watch("remove", "ferries");
        var json = Watch("list", "--json");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.OutputLines, line => line.StartsWith("ferries   ferry  (never run)", StringComparison.Ordinal));
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(1, removedAgain.ExitCode);
        var only = JsonDocument.Parse(Assert.Single(json.OutputLines)).RootElement;
        Assert.Equal("glaciers", only.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, only.GetProperty("lastRun").ValueKind);
    }

    [Fact]
    public void WatchAdd_BadNameOrQueryOrDuplicate_ExitsTwo()
    {
        Watch("add", "ferries", "ferry");

        Assert.Equal(2, Watch("add", "ferries", "boat").ExitCode);
        var badName = Watch("add", "bad name!", "boat");
        Assert.Equal(2, badName.ExitCode);
        Assert.Equal("newssearch: 'bad name!' is not a valid name for a saved search: use letters, digits, '-', '_' and '.'", badName.Error.Trim());
        var badQuery = Watch("add", "broken", "\"unclosed");
        Assert.Equal(2, badQuery.ExitCode);
        Assert.Contains("invalid query", badQuery.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_FolderWithSavedSearches_StillIndexes()
    {
        Watch("add", "ferries", "ferry");
        Watch("run");

        var result = CliRunner.Run("index", _folder.File("more.jsonl", """{"id":"x","title":"More ferries","body":"Another ferry."}""" + "\n"), "--index", _folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private CliResult Watch(params string[] arguments) => CliRunner.Run(["watch", .. arguments, "--index", _folder.Index]);

    private void Index(string id, string body)
    {
        var file = _folder.File($"{id}-{Guid.NewGuid():N}.jsonl", JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["title"] = "Harbour news", ["body"] = body }) + "\n");
        var result = CliRunner.Run("index", file, "--index", _folder.Index);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
