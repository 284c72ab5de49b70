using System.Globalization;
using System.Text.RegularExpressions;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

/// <summary>Queries from other processes while a long indexing run writes: each succeeds and lists one committed snapshot.</summary>
public sealed partial class ConcurrentUseTests
{
    [Fact]
    public async Task Query_DuringALongIndexingRun_AlwaysSucceedsAndListsOneSnapshot()
    {
        using var folder = new TempFolder();
        var input = GeneratedInput.Write(folder.Combine("big.jsonl"), 12_000);
        using var indexer = CliRunner.Start(["index", input, "--commit-every", "1000", "--index", folder.Index]);
        indexer.StandardInput.Close();
        var indexerError = indexer.StandardError.ReadToEndAsync();
        Eventually.True(() => Directory.Exists(folder.Index) && Directory.EnumerateFiles(folder.Index, "segments_*").Any(), TimeSpan.FromSeconds(60), "the index was never created");

        var counts = new List<int>();
        while (!indexer.HasExited || counts.Count < 3)
        {
            var result = CliRunner.Run("query", "*", "--json", "--no-snippets", "--limit", "100000", "--index", folder.Index);

            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            var total = result.ExitCode == 1 ? 0 : int.Parse(TotalLine().Match(result.Error).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(total, result.OutputLines.Count);
            Assert.Equal(total, result.OutputLines.Distinct(StringComparer.Ordinal).Count());
            var previous = counts.Count == 0 ? 0 : counts[^1];
            Assert.True(total >= previous, $"{total} after {previous}");
            counts.Add(total);
        }

        Assert.True(indexer.WaitForExit(TimeSpan.FromSeconds(120)));
        Assert.True(indexer.ExitCode == 0, await indexerError);
        Assert.Equal(12_000, IndexProbe.Count(folder.Index));
        Assert.Contains(counts, count => count is > 0 and < 12_000);
    }

    [GeneratedRegex(@"^(\d+) articles match", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
