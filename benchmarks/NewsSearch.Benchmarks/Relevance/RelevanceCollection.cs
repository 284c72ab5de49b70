using System.Globalization;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks.Relevance;

/// <summary>A test collection in <c>../shared/relevance/NAME</c>: articles as JSONL, queries.tsv (id, tab, text) and TREC qrels.</summary>
internal sealed record RelevanceCollection(string Name, string Folder)
{
    public string Articles => Path.Combine(Folder, "articles.jsonl.gz");

    public string Qrels => Path.Combine(Folder, "qrels.txt");

    public string ScoreScript => Path.Combine(Folder, "..", "score.py");

    /// <summary>The queries in file order, each as the collection writes it.</summary>
    public IReadOnlyList<(string Id, string Text)> Queries() =>
        File.ReadLines(Path.Combine(Folder, "queries.tsv"))
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))
            .ToList();

    /// <summary>The collection, or null with a message when <c>../shared/relevance</c> lacks it.</summary>
    public static RelevanceCollection? Find(string name, out string? problem)
    {
        var root = Environment.GetEnvironmentVariable("NEWSSEARCH_RELEVANCE")
            ?? (CorpusLocator.RepositoryRoot is { } repository ? Path.GetFullPath(Path.Combine(repository, "..", "shared", "relevance")) : null);
        var folder = root is null ? null : Path.Combine(root, name);
        if (folder is null || !File.Exists(Path.Combine(folder, "queries.tsv")))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"no relevance collection '{name}' (looked in {root ?? "../shared/relevance"}; set NEWSSEARCH_RELEVANCE)");
            return null;
        }

        problem = null;
        return new RelevanceCollection(name, folder);
    }
}
