using NewsSearch.Ingest;
using NewsSearch.Ingest.Readers;

namespace NewsSearch;

/// <summary>
/// Turns files and streams into articles: JSON Lines (the interchange format), JSON, and scraped
/// plain text, gzip-compressed or not. Reading is lazy and streams large inputs. A bad record
/// yields an <see cref="ArticleRecord"/> with warnings instead of stopping the read.
/// </summary>
public static class ArticleReader
{
    /// <summary>The name used for standard input in records and warnings.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>
    /// Reads every article in <paramref name="paths"/>: files, and folders searched recursively
    /// for files with a known extension (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>, <c>.txt</c>, each
    /// optionally <c>.gz</c>). A path that cannot be read yields one record with a warning.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="format">Force one format for every file, or <see cref="ArticleFormat.Auto"/>.</param>
    public static IEnumerable<ArticleRecord> ReadPaths(IEnumerable<string> paths, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ExpandPaths(paths, out var missing);
        return ReadAll(files, missing, format);
    }

    private static IEnumerable<ArticleRecord> ReadAll(IReadOnlyList<string> files, IReadOnlyList<string> missing, ArticleFormat format)
    {
        foreach (var file in files)
        {
            foreach (var record in ReadFile(file, format))
            {
                yield return record;
            }
        }

        foreach (var path in missing)
        {
            yield return Failure(path, "no such file or folder");
        }
    }

    /// <summary>Lists the files <see cref="ReadPaths"/> would read, in order; folders are searched recursively.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="missing">Paths that exist neither as a file nor as a folder.</param>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
                    .Where(IsKnownFile)
                    .Order(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
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

            yield return record;
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
            default:
                yield return PlainTextArticleReader.Read(input.ReadAllText(), name);
                break;
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
