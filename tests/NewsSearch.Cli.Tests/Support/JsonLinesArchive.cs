namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// An index built once by the real CLI from one JSON Lines file and shared by read-only tests; each
/// archive (ranking, spelling, wire copies, query notes) only says which articles it holds.
/// </summary>
public abstract class JsonLinesArchive : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <param name="fileName">The file the lines are written to, as warnings will name it.</param>
    /// <param name="jsonLines">The articles, one JSON object per line.</param>
    protected JsonLinesArchive(string fileName, string jsonLines)
    {
        var file = _folder.File(fileName, jsonLines);
        var result = CliRunner.Run("index", file, "--index", _folder.Index);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public string Index => _folder.Index;

    /// <summary>Writes a file into the archive's folder, for options that read files.</summary>
    public string File(string name, string content) => _folder.File(name, content);

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
