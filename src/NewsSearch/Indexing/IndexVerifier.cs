using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsSearch.Indexing;

/// <summary>
/// Runs Lucene's CheckIndex over an index folder and turns its report into one line per problem.
/// CheckIndex reports a damaged segment only in its log, so the log is read for the exception that failed each segment.
/// </summary>
internal static partial class IndexVerifier
{
    public static IndexHealth Verify(string indexPath)
    {
        var fullPath = Path.GetFullPath(indexPath);
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new IndexNotFoundException(indexPath);
        }

        var entries = System.IO.Directory.EnumerateFileSystemEntries(fullPath).Select(Path.GetFileName).ToList();
        if (!entries.Any(name => name!.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) && name != IndexFileNames.SEGMENTS_GEN && LuceneFilesOnly.IsOwnName(name)))
        {
            if (entries.All(name => name == IndexWriter.WRITE_LOCK_NAME || name == WriterProcessLock.FileName))
            {
                throw new IndexNotFoundException(indexPath);
            }

            return new IndexHealth
            {
                IndexPath = indexPath,
                Problems = [string.Create(CultureInfo.InvariantCulture, $"not an index: no segments file among the {entries.Count} entries of the folder")],
            };
        }

        // The index's segments name NewsSearch's own codec, which Lucene finds only once it is registered.
        Codec.NewsCodecFactory.EnsureRegistered();
        using var writerLock = TryLock(fullPath, indexPath);
        using var directory = IndexDirectory.OpenForChecking(fullPath);
        if (IndexDirectory.IsUnfinishedFirstCommit(directory))
        {
            // A writer was killed while creating it: there is no index yet, and the next index run makes one.
            throw new IndexNotFoundException(indexPath);
        }

        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return WithChecksums(SegmentWalker.Check(indexPath, directory), directory);
        }

        using var log = new StringWriter(CultureInfo.InvariantCulture);
        CheckIndex.Status status;
        try
        {
            status = new CheckIndex(directory) { InfoStream = log }.DoCheckIndex();
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ArgumentException)
        {
            return new IndexHealth { IndexPath = indexPath, Problems = ["cannot be checked: " + FirstLine(exception.ToString())] };
        }

        return WithChecksums(ToHealth(indexPath, status, log.ToString()), directory);
    }

    /// <summary>
    /// Adds a problem for every file of the last commit whose checksum footer does not match its
    /// bytes. CheckIndex checks each codec file inside a compound file, but not the compound file's
    /// own footer nor its entry table; and a flip in the norms (.nvd) changes scores without failing
    /// any read, since norms are loaded without a checksum. Reading every file whole once catches all of them.
    /// </summary>
    private static IndexHealth WithChecksums(IndexHealth health, Lucene.Net.Store.Directory directory)
    {
        ICollection<string> files;
        try
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            files = infos.GetFiles(directory, includeSegmentsFile: true);
        }
        catch (Exception exception) when (IndexDamage.Is(exception) || exception is IOException)
        {
            // The commit itself cannot be read; the checks above have said so already.
            return health;
        }

        var problems = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            // A segment reported damaged already is not reported again file by file.
            var segment = IndexFileNames.ParseSegmentName(file);
            if (file == IndexFileNames.SEGMENTS_GEN || health.Problems.Any(p => p.StartsWith($"segment {segment} ", StringComparison.Ordinal)))
            {
                continue;
            }

            try
            {
                using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                Lucene.Net.Codecs.CodecUtil.ChecksumEntireFile(input);
            }
            catch (Exception exception) when (IndexDamage.Is(exception) || exception is IOException)
            {
                problems.Add($"file {file} is damaged: {Describe(exception.GetType().Name, exception.Message)}");
            }
        }

        return problems.Count == 0 ? health : health with { Problems = [.. health.Problems, .. problems] };
    }

    private static IndexHealth ToHealth(string indexPath, CheckIndex.Status status, string log)
    {
        var problems = new List<string>();
        if (status.MissingSegments || status.CantOpenSegments)
        {
            problems.Add($"cannot read the list of segments ({status.SegmentsFileName ?? "segments_N"}): {LogException(log, "could not read any segments file") ?? "missing or damaged"}");
        }

        if (status.MissingSegmentVersion || status.ToolOutOfDate)
        {
            problems.Add("written by a Lucene version this NewsSearch cannot read");
        }

        var failures = SegmentFailures(log);
        long articles = 0;
        foreach (var segment in status.SegmentInfos)
        {
            var error = SegmentError(segment) ?? failures.GetValueOrDefault(segment.Name ?? "");
            if (error is null && segment.OpenReaderPassed)
            {
                articles += segment.DocCount - segment.NumDeleted;
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"segment {segment.Name} ({segment.DocCount} articles) is damaged: {error ?? "cannot be opened"}"));
            }
        }

        if (status.NumBadSegments > 0 && problems.Count == 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{status.NumBadSegments} damaged segments holding {status.TotLoseDocCount} articles"));
        }

        var health = new IndexHealth { IndexPath = indexPath, Problems = problems, Articles = articles, Segments = status.NumSegments };
        return status.MissingSegments || status.CantOpenSegments ? health : WithSchema(health, status.UserData);
    }

    /// <summary>Adds the commit's schema version, and a problem when it is missing or not this NewsSearch's.</summary>
    public static IndexHealth WithSchema(IndexHealth health, IDictionary<string, string>? userData)
    {
        var schema = SchemaVersion.Read(userData);
        var problem = schema is null
            ? "a Lucene index that NewsSearch did not write (no schema version in its commit)"
            : schema != SchemaVersion.Current ? $"schema version {schema}, but this NewsSearch reads version {SchemaVersion.Current}" : null;
        return health with { SchemaVersion = schema, Problems = problem is null ? health.Problems : [.. health.Problems, problem] };
    }

    private static string? SegmentError(CheckIndex.Status.SegmentInfoStatus segment)
    {
        var error = segment.FieldNormStatus?.Error ?? segment.TermIndexStatus?.Error ?? segment.StoredFieldStatus?.Error
            ?? segment.TermVectorStatus?.Error ?? segment.DocValuesStatus?.Error;
        return error is null ? null : Describe(error.GetType().Name, error.Message);
    }

    /// <summary>The exception each failed segment's section of the log ends with, by segment name.</summary>
    private static Dictionary<string, string> SegmentFailures(string log)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        string? segment = null;
        var lines = log.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (SegmentHeader().Match(lines[i]) is { Success: true } header)
            {
                segment = header.Groups[1].Value;
            }
            else if (segment is not null && lines[i].Contains("full exception:", StringComparison.Ordinal) && i + 1 < lines.Length)
            {
                failures[segment] = ExceptionLine(lines[i + 1]);
            }
        }

        return failures;
    }

    private static string? LogException(string log, string marker)
    {
        var lines = log.Split('\n');
        var at = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        return at >= 0 && at + 1 < lines.Length && lines[at + 1].Trim().Length > 0 ? ExceptionLine(lines[at + 1]) : null;
    }

    /// <summary><c>Lucene.Net.Index.CorruptIndexException: checksum failed …</c> as <c>CorruptIndexException: checksum failed …</c>.</summary>
    private static string ExceptionLine(string line)
    {
        line = line.Trim();
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var type = colon > 0 ? line[..colon] : line;
        var message = colon > 0 ? line[(colon + 2)..] : "";
        return Describe(type[(type.LastIndexOf('.') + 1)..], message);
    }

    private static string Describe(string type, string message) =>
        message.Length == 0 ? type : $"{type}: {message.ReplaceLineEndings(" ")}";

    private static string FirstLine(string text) => ExceptionLine(text.Split('\n')[0]);

    private static WriterProcessLock? TryLock(string fullPath, string displayPath)
    {
        try
        {
            return WriterProcessLock.Acquire(fullPath, displayPath);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            // A read-only folder (a mounted backup, say) can still be checked; nobody can be writing it.
            return null;
        }
    }

    [GeneratedRegex(@"^\s+\d+ of \d+: name=(\S+)")]
    private static partial Regex SegmentHeader();
}
