namespace NewsSearch.Benchmarks.Corpus;

/// <summary>
/// The real corpora, read once per process through the library's own reader, and the pools of
/// titles, datelines, paragraphs and sentences the synthetic corpus recombines.
/// </summary>
internal sealed class RealCorpus
{
    private static readonly Lazy<RealCorpus?> Shared = new(Load);

    private RealCorpus(IReadOnlyList<NewsArticle> articles)
    {
        Articles = articles;
        Titles = articles.Select(a => a.Title).OfType<string>().ToArray();
        Datelines = articles.Select(a => a.Dateline).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        Bylines = articles.Select(a => a.Byline).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        Paragraphs = articles.SelectMany(a => a.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        Sentences = Paragraphs.SelectMany(SplitSentences).Where(s => s.Length >= 20).ToArray();
        Templates = articles.Where(a => a.Body.Length > 0).ToArray();
    }

    public static RealCorpus? Instance => Shared.Value;

    public IReadOnlyList<NewsArticle> Articles { get; }

    public string[] Titles { get; }

    public string[] Datelines { get; }

    public string[] Bylines { get; }

    public string[] Paragraphs { get; }

    public string[] Sentences { get; }

    /// <summary>Articles with a body, whose shape (paragraphs, length, fields present) new articles copy.</summary>
    public NewsArticle[] Templates { get; }

    /// <summary>The articles of the named corpus folder (<c>reuters21578</c>, <c>bbc-news</c>), or all when null.</summary>
    public static IReadOnlyList<NewsArticle> Read(string? corpusName = null)
    {
        var files = CorpusLocator.RealCorpusFiles()
            .Where(f => corpusName is null || Path.GetFileName(Path.GetDirectoryName(f)) == corpusName)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException(corpusName is null
                ? "no real corpora found (../shared/corpora beside the repository, or NEWSSEARCH_CORPORA)"
                : $"corpus '{corpusName}' not found under ../shared/corpora");
        }

        return ArticleReader.ReadPaths(files).Select(r => r.Article).OfType<NewsArticle>().ToList();
    }

    private static RealCorpus? Load() =>
        CorpusLocator.RealCorpusFiles().Count == 0 ? null : new RealCorpus(Read());

    private static IEnumerable<string> SplitSentences(string paragraph)
    {
        var start = 0;
        for (var i = 1; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] == ' ' && paragraph[i - 1] is '.' or '?' or '!' && char.IsUpper(paragraph[i + 1]))
            {
                yield return paragraph[start..i];
                start = i + 1;
            }
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..];
        }
    }
}
