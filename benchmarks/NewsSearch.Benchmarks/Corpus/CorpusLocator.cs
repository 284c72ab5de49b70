namespace NewsSearch.Benchmarks.Corpus;

/// <summary>Finds the repository, the real corpora beside it (<c>../shared/corpora</c>) and the cache folder.</summary>
internal static class CorpusLocator
{
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The <c>articles.jsonl.gz</c> files of the real corpora, or none when <c>../shared</c> is absent.</summary>
    public static IReadOnlyList<string> RealCorpusFiles()
    {
        var folder = Environment.GetEnvironmentVariable("NEWSSEARCH_CORPORA");
        if (string.IsNullOrEmpty(folder) && RepositoryRoot is not null)
        {
            folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora"));
        }

        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "articles.jsonl.gz", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Where generated corpora and built indexes are kept between benchmark processes
    /// (BenchmarkDotNet runs every case in its own process; building a 200k index per case would
    /// take longer than the measurements).
    /// </summary>
    public static string CacheFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("NEWSSEARCH_BENCH_CACHE");
            if (string.IsNullOrEmpty(folder))
            {
                folder = Path.Combine(Path.GetTempPath(), "newssearch-bench");
            }

            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsSearch.sln")))
            {
                directory = directory.Parent;
            }

            if (directory is not null)
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
