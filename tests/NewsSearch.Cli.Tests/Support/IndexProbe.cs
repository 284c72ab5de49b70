using System.Text.Json;

namespace NewsSearch.Cli.Tests.Support;

/// <summary>Looks at an index through the CLI: its committed article count, a full check, the ids it holds.</summary>
internal static class IndexProbe
{
    /// <summary>Articles in the last commit, read by a fresh reader (<c>stats --json</c>).</summary>
    public static int Count(string index)
    {
        var stats = CliRunner.Run("stats", "--json", "--index", index);
        Assert.True(stats.ExitCode == 0, stats.ToString());
        return JsonDocument.Parse(stats.Output).RootElement.GetProperty("articles").GetInt32();
    }

    /// <summary>Runs <c>verify --json</c> and asserts that Lucene's CheckIndex found the index clean; returns its article count.</summary>
    public static int AssertClean(string index)
    {
        var verify = CliRunner.Run("verify", "--json", "--index", index);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        var root = JsonDocument.Parse(verify.Output).RootElement;
        Assert.True(root.GetProperty("healthy").GetBoolean(), verify.ToString());
        return root.GetProperty("articles").GetInt32();
    }

    /// <summary>How many articles <paramref name="query"/> matches (<c>query --count</c>).</summary>
    public static int Matches(string index, params string[] query)
    {
        var result = CliRunner.Run(["query", .. query, "--count", "--index", index]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return int.Parse(result.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The ids of every article, as listed by one query (so from one snapshot).</summary>
    public static IReadOnlyList<string> AllIds(string index)
    {
        var result = CliRunner.Run("query", "*", "--json", "--no-snippets", "--limit", "1000000", "--index", index);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();
    }
}
