namespace NewsSearch.Cli.Tests.Support;

/// <summary>The mixed archive indexed once and shared by read-only tests, which saves a CLI run per test.</summary>
public sealed class IndexedArchive : IDisposable
{
    private readonly TempFolder _folder = new();

    public IndexedArchive()
    {
        Index = Archive.IndexMixedFolder(_folder);
    }

    public string Index { get; }

    public void Dispose() => _folder.Dispose();
}
