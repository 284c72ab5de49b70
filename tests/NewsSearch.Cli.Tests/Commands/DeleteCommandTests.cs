using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class DeleteCommandTests
{
    [Fact]
    public void Delete_KnownId_RemovesTheArticle()
    {
        using var folder = new TempFolder();
        var index = Archive.IndexMixedFolder(folder);

        var result = CliRunner.Run("delete", "a1", "--index", index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["deleted 1 of 1"], result.OutputLines);
        Assert.Equal(1, CliRunner.Run("query", "zebrafinch", "--index", index).ExitCode);
        Assert.Equal(1, CliRunner.Run("show", "a1", "--index", index).ExitCode);
        Assert.Equal("2", CliRunner.Run("query", "ferry", "--count", "--index", index).Output.Trim());
    }

    [Fact]
    public void Delete_SomeUnknown_DeletesTheRestAndExitsOne()
    {
        using var folder = new TempFolder();
        var index = Archive.IndexMixedFolder(folder);

        var result = CliRunner.Run("delete", "a2", "nope", "--index", index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["deleted 1 of 2"], result.OutputLines);
        Assert.Equal(["newssearch: no article with id 'nope'"], result.ErrorLines);
        Assert.Equal(1, CliRunner.Run("show", "a2", "--index", index).ExitCode);
    }

    [Fact]
    public void Delete_NoneFound_ExitsOne()
    {
        using var folder = new TempFolder();
        var index = Archive.IndexMixedFolder(folder);

        var result = CliRunner.Run("delete", "nope", "--index", index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["deleted 0 of 1"], result.OutputLines);
    }

    [Fact]
    public void Delete_MissingIndex_ExitsTwoWithoutCreatingOne()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("delete", "a1", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: no index at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Index));
    }
}
