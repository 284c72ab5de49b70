using System.Globalization;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>Generated corpora as JSON Lines files in the cache folder, written once and reused by every benchmark process.</summary>
internal static class CorpusFiles
{
    private static readonly Lock Gate = new();

    /// <summary>The JSON Lines file of the first <paramref name="count"/> generated articles, writing it if needed.</summary>
    public static string Generated(int count, int seed = SyntheticCorpus.DefaultSeed)
    {
        var path = Path.Combine(CorpusLocator.CacheFolder, string.Create(CultureInfo.InvariantCulture, $"{SyntheticCorpus.Kind}-{seed}-{count}.jsonl"));
        lock (Gate)
        {
            if (!File.Exists(StatsPath(path)))
            {
                var stats = JsonlArticleWriter.Write(SyntheticCorpus.Generate(count, seed), path);
                File.WriteAllText(StatsPath(path), stats.ToLine());
            }
        }

        return path;
    }

    /// <summary>A real corpus (<c>reuters21578</c>, <c>bbc-news</c>) as plain JSON Lines, so reading it costs what reading any JSONL costs.</summary>
    public static string Real(string corpusName)
    {
        var path = Path.Combine(CorpusLocator.CacheFolder, corpusName + ".jsonl");
        lock (Gate)
        {
            if (!File.Exists(StatsPath(path)))
            {
                var stats = JsonlArticleWriter.Write(RealCorpus.Read(corpusName), path);
                File.WriteAllText(StatsPath(path), stats.ToLine());
            }
        }

        return path;
    }

    public static CorpusStats Stats(string jsonlPath) => CorpusStats.Parse(File.ReadAllText(StatsPath(jsonlPath)));

    private static string StatsPath(string path) => path + ".stats";
}
