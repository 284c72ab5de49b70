using Lucene.Net.Store;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>Bytes of an index by what they hold, looking inside compound files.</summary>
internal static class IndexFiles
{
    public static readonly string[] Parts = ["stored fields", "terms", "postings: docs+freqs", "positions", "offsets", "norms", "doc values", "other"];

    public static Dictionary<string, long> Breakdown(string path)
    {
        var parts = Parts.ToDictionary(p => p, _ => 0L);
        using var directory = FSDirectory.Open(path);
        foreach (var file in directory.ListAll())
        {
            if (file.EndsWith(".cfs", StringComparison.Ordinal))
            {
                using var compound = new CompoundFileDirectory(directory, file, IOContext.READ_ONCE, openForWrite: false);
                foreach (var inner in compound.ListAll())
                {
                    parts[Part(inner)] += compound.FileLength(inner);
                }

                parts["other"] += directory.FileLength(file) - compound.ListAll().Sum(compound.FileLength);
            }
            else if (file != "write.lock")
            {
                parts[Part(file)] += directory.FileLength(file);
            }
        }

        return parts;
    }

    public static long Total(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static string Part(string file) => Path.GetExtension(file) switch
    {
        ".fdt" or ".fdx" => "stored fields",
        ".tim" or ".tip" => "terms",
        ".doc" => "postings: docs+freqs",
        ".pos" => "positions",
        ".pay" => "offsets",
        ".nvd" or ".nvm" => "norms",
        ".dvd" or ".dvm" => "doc values",
        _ => "other",
    };
}
