using NewsSearch.Ingest;
using NewsSearch.Ingest.Readers;
using NewsSearch.Ingest.Readers.Feeds;
using NewsSearch.Ingest.Readers.Html;

namespace NewsSearch;

/// <summary>
/// Turns files and streams into articles: JSON Lines (the interchange format), JSON, saved HTML
/// pages, RSS and Atom feeds, and scraped plain text, gzip-compressed or not, in any common
/// encoding. Reading is lazy and streams large inputs. A bad record yields an
/// <see cref="ArticleRecord"/> with warnings instead of stopping the read.
/// </summary>
public static class ArticleReader
{
    // A saved page or text past this size is not one article (a 20 MB "page" is a dump or an attack),
    // and parsing it would hold hundreds of megabytes of DOM.
    private const int MaxArticleBytes = 16 << 20;

    /// <summary>
    /// Reads every article in <paramref name="paths"/>: files, and folders searched recursively
    /// for files with a known extension (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>, <c>.txt</c>,
    /// <c>.html</c>, <c>.htm</c>, <c>.xml</c>, <c>.rss</c>, <c>.atom</c>, each optionally <c>.gz</c>).
    /// A path that cannot be read yields one record with a warning.
    /// </summary>
    /// <remarks>
    /// Several files are read and parsed at once, one thread per core, but records come out in the
    /// order of <see cref="ExpandPaths"/>: file by file, and in each file in the file's own order, so
    /// when two files hold the same id the later file still wins. Up to one file per core is read
    /// ahead of the caller, with a bounded number of records held for each.
    /// </remarks>
    /// <param name="paths">Files or folders.</param>
    /// <param name="format">Force one format for every file, or <see cref="ArticleFormat.Auto"/>.</param>
    public static IEnumerable<ArticleRecord> ReadPaths(IEnumerable<string> paths, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadAll(paths, format);
    }

    private static IEnumerable<ArticleRecord> ReadAll(IEnumerable<string> paths, ArticleFormat format)
    {
        var missing = new List<string>();
        foreach (var record in ParallelFileReader.Read(EnumeratePaths(paths, missing), file => ReadFile(file, format), Environment.ProcessorCount))
        {
            yield return record;
        }

        foreach (var path in missing)
        {
            yield return Failure(path, "no such file or folder");
        }
    }

    /// <summary>Lists the files <see cref="ReadPaths"/> would read, in order; folders are searched recursively.</summary>
    /// <remarks>
    /// Symbolic links are followed, but each folder and file is listed once, by the path it
    /// resolves to, so a link back to a parent folder neither loops nor repeats files.
    /// </remarks>
    /// <param name="paths">Files or folders.</param>
    /// <param name="missing">Paths that exist neither as a file nor as a folder.</param>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var notFound = new List<string>();
        var files = EnumeratePaths(paths, notFound).ToList();
        missing = notFound;
        return files;
    }

    /// <summary>The files under <paramref name="paths"/>, found as they are read rather than all listed first.</summary>
    private static IEnumerable<string> EnumeratePaths(IEnumerable<string> paths, List<string> missing)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FolderWalk.Files(path, IsKnownFile))
                {
                    yield return file;
                }
            }
            else
            {
                missing.Add(path);
            }
        }
    }

    /// <summary>Reads the articles in one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Force a format, or <see cref="ArticleFormat.Auto"/> to choose by name and content.</param>
    public static IEnumerable<ArticleRecord> ReadFile(string path, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return [Failure(path, "cannot read: " + Describe(exception))];
        }

        return Read(stream, path, format);
    }

    /// <summary>Reads the articles in a stream, such as standard input; the stream is disposed when reading ends.</summary>
    /// <param name="stream">The content, gzip-compressed or not.</param>
    /// <param name="name">The name for records and warnings; its extension helps choose the format.</param>
    /// <param name="format">Force a format, or <see cref="ArticleFormat.Auto"/>.</param>
    public static IEnumerable<ArticleRecord> Read(Stream stream, string name, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadGuarded(stream, name, format);
    }

    private static IEnumerable<ArticleRecord> ReadGuarded(Stream stream, string name, ArticleFormat format)
    {
        // A failure part-way through a file (a truncated gzip, a disk error) ends that file with a
        // warning; every record read before it has already been handed out.
        using var enumerator = ReadUnguarded(stream, name, format).GetEnumerator();
        while (true)
        {
            ArticleRecord? record;
            var failed = false;
            try
            {
                record = enumerator.MoveNext() ? enumerator.Current : null;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or OutOfMemoryException)
            {
                record = Failure(name, "cannot read the rest of the file: " + Describe(exception));
                failed = true;
            }

            if (record is null)
            {
                yield break;
            }

            yield return ArticleBounds.Apply(record);
            if (failed)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<ArticleRecord> ReadUnguarded(Stream stream, string name, ArticleFormat format)
    {
        using var input = InputDocument.Open(stream, name);
        if (input.Head.Length == 0)
        {
            yield return Failure(name, "empty file");
            yield break;
        }

        if (input.LooksBinary())
        {
            yield return Failure(name, "binary content, not an article format; file skipped");
            yield break;
        }

        var chosen = format == ArticleFormat.Auto ? FormatDetector.Detect(input) : format;
        switch (chosen)
        {
            case ArticleFormat.JsonLines:
                using (var reader = input.OpenText())
                {
                    foreach (var record in JsonLinesArticleReader.Read(reader, name))
                    {
                        yield return record;
                    }
                }

                break;
            case ArticleFormat.Json:
                foreach (var record in JsonArticleReader.Read(input.ReadAllText(), name))
                {
                    yield return record;
                }

                break;
            case ArticleFormat.Feed:
                foreach (var record in FeedArticleReader.Read(input, name))
                {
                    yield return record;
                }

                break;
            case ArticleFormat.Html:
                yield return ReadWhole(input, name, "an HTML page", (text, warnings) => HtmlArticleReader.Read(text, name, warnings));
                break;
            default:
                yield return ReadWhole(input, name, "a text article", (text, warnings) => PlainTextArticleReader.Read(new string(text.Span), name) is var record && warnings.Count > 0
                    ? record with { Warnings = [.. warnings, .. record.Warnings] }
                    : record);
                break;
        }
    }

    /// <summary>Reads a one-article file whole, refusing one too large to be an article, and decodes it whatever its encoding.</summary>
    private static ArticleRecord ReadWhole(InputDocument input, string name, string what, Func<ReadOnlyMemory<char>, IReadOnlyList<ReadWarning>, ArticleRecord> read)
    {
        if (!input.TryReadAllText(MaxArticleBytes, out var text, out var decodeWarning))
        {
            return Failure(name, $"skipped: larger than {MaxArticleBytes >> 20} MB, the most read as {what}");
        }

        using var decoded = text;
        IReadOnlyList<ReadWarning> warnings = decodeWarning is null ? [] : [new ReadWarning(name, null, decodeWarning)];
        try
        {
            return read(decoded.Memory, warnings);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or IOException))
        {
            // A page that breaks the extractor is reported like any unreadable record; the run goes on.
            return Failure(name, $"cannot read as {what}: {Describe(exception)}");
        }
    }

    private static bool IsKnownFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return FormatDetector.KnownExtensions.Contains(Path.GetExtension(name));
    }

    private static ArticleRecord Failure(string path, string message) =>
        new() { Path = path, Warnings = [new ReadWarning(path, null, message)] };

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message.ReplaceLineEndings(" "),
    };
}
