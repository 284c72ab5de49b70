using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsSearch.Benchmarks.Baselines;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks;

/// <summary>
/// Parse throughput per input format, on one thread and from memory, so only the reader is measured:
/// JSON Lines (the generated corpus, against a plain source-generated <c>JsonSerializer</c>), the
/// evaluation set's saved HTML pages, a 1,000-item RSS feed, and its scraped-text articles.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int JsonLinesArticles = 2_000;

    private static readonly string Evaluation = Path.Combine(AppContext.BaseDirectory, "evaluation");
    private byte[] _jsonl = [];
    private byte[][] _pages = [];
    private byte[] _feed = [];
    private byte[][] _texts = [];
    private byte[][] _readability = [];
    private string[] _readabilityHtml = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadLines(Datasets.Jsonl(JsonLinesArticles.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _jsonl = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        _pages = [.. Directory.GetFiles(Path.Combine(Evaluation, "html"), "*.htm*").Select(File.ReadAllBytes)];
        _texts = [.. Directory.GetFiles(Path.Combine(Evaluation, "text"), "*.txt*").Select(File.ReadAllBytes)];
        var feed = File.ReadAllText(Path.Combine(Evaluation, "feeds", "harbour-gazette-rss2.xml"));
        var start = feed.IndexOf("<item>", StringComparison.Ordinal);
        var end = feed.LastIndexOf("</channel>", StringComparison.Ordinal);
        var items = new StringBuilder(feed[..start]);
        for (var i = 0; i < 250; i++)
        {
            items.Append(feed[start..end].Replace("</link>", $"?copy={i}</link>", StringComparison.Ordinal));
        }

        _feed = Encoding.UTF8.GetBytes(items.Append(feed[end..]).ToString());
        if (CorpusLocator.RepositoryRoot is { } root
            && Path.Combine(root, "..", "shared", "corpora", "readability-test-pages", "pages") is var pages && Directory.Exists(pages))
        {
            _readability = [.. Directory.GetDirectories(pages).Order(StringComparer.Ordinal).Select(ReadabilitySource)];
            _readabilityHtml = [.. _readability.Select(Encoding.UTF8.GetString)];
        }

        _folder = Directory.CreateTempSubdirectory("ingest-bench").FullName;
        for (var i = 0; i < 20; i++)
        {
            for (var p = 0; p < _pages.Length; p++)
            {
                File.WriteAllBytes(Path.Combine(_folder, $"{i:00}-{p:00}.html"), _pages[p]);
            }
        }
    }

    private static byte[] ReadabilitySource(string folder)
    {
        var plain = Path.Combine(folder, "source.html");
        if (File.Exists(plain))
        {
            return File.ReadAllBytes(plain);
        }

        using var gzip = new GZipStream(File.OpenRead(plain + ".gz"), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>2,000 generated articles of JSON Lines through <see cref="ArticleReader"/>: read, map, clean, derive ids.</summary>
    [Benchmark(Baseline = true)]
    public int JsonLines() => ArticleReader.Read(new MemoryStream(_jsonl), "articles.jsonl").Count(r => r.Article is not null);

    /// <summary>The same lines deserialised into a POCO by source-generated System.Text.Json, as a raw Lucene.NET user would.</summary>
    [Benchmark]
    public int JsonLinesRawSerializer()
    {
        using var reader = new StreamReader(new MemoryStream(_jsonl), Encoding.UTF8);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && JsonSerializer.Deserialize(line, RawArticleJson.Default.RawArticle) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Every evaluation page once; divide by the page count for pages/s.</summary>
    [Benchmark]
    public int HtmlPages() => _pages.Sum(page => ArticleReader.Read(new MemoryStream(page), "page.html").Count(r => r.Article is not null));

    /// <summary>Mozilla Readability's 130 real test pages (../shared), each read once; divide by 130 for pages/s.</summary>
    [Benchmark]
    public int ReadabilityPages() => _readability.Sum(page => ArticleReader.Read(new MemoryStream(page), "page.html").Count(r => r.Article is not null));

    /// <summary>The same pages through AngleSharp's parser alone: the floor any reader built on it pays.</summary>
    [Benchmark]
    public int ReadabilityPagesParseOnly() => _readabilityHtml.Sum(html => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).All.Length > 0 ? 1 : 0);

    /// <summary>A thousand-item RSS 2.0 feed with content:encoded and media:*.</summary>
    [Benchmark]
    public int FeedItems() => ArticleReader.Read(new MemoryStream(_feed), "feed.xml").Count(r => r.Article is not null);

    /// <summary>Every scraped-text article of the evaluation set once.</summary>
    [Benchmark]
    public int TextArticles() => _texts.Sum(text => ArticleReader.Read(new MemoryStream(text), "article.txt").Count(r => r.Article is not null));

    /// <summary>Twenty copies of the pages as files, through ReadPaths (parallel, file order kept).</summary>
    [Benchmark]
    public int HtmlFolderParallel() => ArticleReader.ReadPaths([_folder]).Count(r => r.Article is not null);
}
