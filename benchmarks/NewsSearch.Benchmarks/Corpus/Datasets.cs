using System.Globalization;
using NewsSearch.Benchmarks.Baselines;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>
/// A dataset is named by a spec: a number (that many generated articles) or the name of a real
/// corpus (<c>reuters</c>, <c>bbc</c>). Its JSON Lines file, NewsSearch index and SQLite database
/// are built once into the cache folder and reused by every benchmark process.
/// </summary>
internal static class Datasets
{
    /// <summary>Bump when the SQLite schema in <see cref="SqliteFts"/> changes.</summary>
    private const string SqliteVersion = "fts5-v1";

    public static string Jsonl(string spec) => spec switch
    {
        "reuters" => CorpusFiles.Real("reuters21578"),
        "bbc" => CorpusFiles.Real("bbc-news"),
        _ => CorpusFiles.Generated(int.Parse(spec, CultureInfo.InvariantCulture)),
    };

    public static CorpusStats Stats(string spec) => CorpusFiles.Stats(Jsonl(spec));

    /// <summary>A NewsSearch index of the dataset, built by the library (keyed by the library build, so a schema change rebuilds it).</summary>
    public static string NewsSearchIndex(string spec)
    {
        var jsonl = Jsonl(spec);
        var path = Path.Combine(CorpusLocator.CacheFolder, $"index-{Path.GetFileNameWithoutExtension(jsonl)}-{LibraryBuild}");
        return Once(path, () =>
        {
            using var writer = NewsIndexWriter.Create(path);
            writer.UpsertAll(ArticleReader.ReadFile(jsonl).Select(r => r.Article).OfType<NewsArticle>());
            writer.Commit();
        });
    }

    public static string SqliteDatabase(string spec)
    {
        var jsonl = Jsonl(spec);
        var path = Path.Combine(CorpusLocator.CacheFolder, $"{Path.GetFileNameWithoutExtension(jsonl)}-{SqliteVersion}.db");
        return Once(path, () => SqliteFts.Build(jsonl, path));
    }

    /// <summary>A short id of the NewsSearch build: its module version id, which changes with its code.</summary>
    public static string LibraryBuild { get; } = typeof(NewsIndexWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..10];

    private static string Once(string path, Action build)
    {
        var done = path + ".complete";
        if (File.Exists(done))
        {
            return path;
        }

        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        build();
        File.WriteAllText(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return path;
    }
}
