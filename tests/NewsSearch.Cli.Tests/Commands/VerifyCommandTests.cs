using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Fact]
    public void Verify_HealthyIndex_SaysOkAndExitsZero()
    {
        using var folder = new TempFolder();
        Archive.IndexMixedFolder(folder);

        var result = CliRunner.Run("verify", "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches($"^ok: 5 articles in 1 segment, schema version [0-9]+; no problems found in {System.Text.RegularExpressions.Regex.Escape(folder.Index)}$", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void Verify_TruncatedIndexFile_NamesTheProblemAndRebuildRecovers()
    {
        using var folder = new TempFolder();
        var archive = Archive.WriteMixedFolder(folder);
        Assert.Equal(0, CliRunner.Run("index", archive, "--index", folder.Index).ExitCode);
        var compound = Directory.GetFiles(folder.Index, "*.cfs").Single();
        using (var stream = File.Open(compound, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var verify = CliRunner.Run("verify", "--json", "--index", folder.Index);
        var query = CliRunner.Run("query", "ferry", "--index", folder.Index);
        var rebuild = CliRunner.Run("index", archive, "--rebuild", "--index", folder.Index);
        var after = CliRunner.Run("verify", "--index", folder.Index);

        Assert.Equal(1, verify.ExitCode);
        var report = JsonDocument.Parse(verify.Output).RootElement;
        Assert.False(report.GetProperty("healthy").GetBoolean());
        Assert.Contains("damaged", report.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("newssearch: the index has 1 problem; rebuild it from the original files with: newssearch index --rebuild", verify.Error, StringComparison.Ordinal);
        Assert.Equal(2, query.ExitCode);
        Assert.Contains("is damaged", Assert.Single(query.ErrorLines), StringComparison.Ordinal);
        Assert.Contains($"newssearch verify --index {folder.Index} tells more, and newssearch index --rebuild <files or folders> --index {folder.Index} rebuilds it", query.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", query.Error, StringComparison.Ordinal);
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Equal(0, CliRunner.Run("query", "zebrafinch", "--index", folder.Index).ExitCode);
    }

    [Fact]
    public void Verify_FolderThatIsNotAnIndex_ExitsOneAndSaysSo()
    {
        using var folder = new TempFolder();
        folder.File("documents/letter.txt", "Dear editor");

        var result = CliRunner.Run("verify", "--index", folder.Combine("documents"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(folder.Combine("documents") + ": not an index", Assert.Single(result.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_MissingIndex_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("verify", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"newssearch: no index at '{folder.Index}'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
