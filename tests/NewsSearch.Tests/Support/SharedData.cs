namespace NewsSearch.Tests.Support;

/// <summary>
/// Locates the read-only <c>../shared</c> folder (fixtures and real corpora) beside the repository.
/// Tests that need it skip with a reason when it is absent, never pass silently.
/// </summary>
internal static class SharedData
{
    public const string MissingReason = "needs ../shared beside the repository (fixtures and corpora); absent on this machine";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Folder
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string? File(string relativePath)
    {
        var folder = Folder;
        if (folder is null)
        {
            return null;
        }

        var path = Path.Combine(folder, relativePath);
        return System.IO.File.Exists(path) ? path : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "NewsSearch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("cannot find NewsSearch.sln above " + AppContext.BaseDirectory);
    }
}
