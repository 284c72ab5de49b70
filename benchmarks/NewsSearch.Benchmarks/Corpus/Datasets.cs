using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
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

            // As `newssearch index --rebuild` leaves it.
            writer.Optimize();
        });
    }

    public static string SqliteDatabase(string spec)
    {
        var jsonl = Jsonl(spec);
        var path = Path.Combine(CorpusLocator.CacheFolder, $"{Path.GetFileNameWithoutExtension(jsonl)}-{SqliteVersion}.db");
        return Once(path, () => SqliteFts.Build(jsonl, path));
    }

    /// <summary>
    /// A short id of the NewsSearch code: a hash of the IL of every method. Not the module version
    /// id, which also changes with the build's output path (BenchmarkDotNet builds in its own folder).
    /// </summary>
    public static string LibraryBuild { get; } = HashOfCode(typeof(NewsIndexWriter).Assembly);

    private static string HashOfCode(Assembly assembly)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(type.FullName ?? ""));
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)).OrderBy(m => m.ToString(), StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(method.ToString() ?? ""));
                if (method.GetMethodBody()?.GetILAsByteArray() is { } il)
                {
                    hash.AppendData(il);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

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
