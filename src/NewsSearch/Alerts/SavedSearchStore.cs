using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace NewsSearch.Alerts;

/// <summary>
/// The saved searches of one index, as <c>newssearch.watches.json</c> in the index folder, held under
/// an exclusive lock (<c>newssearch.watches.lock</c>, FileShare.None: an OS lock that dies with the
/// process) from reading to saving. Saving writes a temporary file and renames it over the old one,
/// so a crash leaves the old file or the new, never half of one. Both names start with
/// <c>newssearch.</c>, which Lucene's file deleter never touches and the index's own checks accept.
/// </summary>
internal sealed class SavedSearchStore : IDisposable
{
    public const string FileName = "newssearch.watches.json";
    public const string LockFileName = "newssearch.watches.lock";
    private const int FormatVersion = 1;

    // EWOULDBLOCK from flock on Unix (.NET puts the errno in HResult), ERROR_SHARING_VIOLATION on Windows.
    private const int UnixWouldBlock = 11;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    private readonly FileStream _lock;
    private readonly string _path;

    private SavedSearchStore(FileStream lockStream, string path, List<SavedSearchEntry> entries)
    {
        _lock = lockStream;
        _path = path;
        Entries = entries;
    }

    public List<SavedSearchEntry> Entries { get; }

    /// <summary>Takes the lock (waiting for another run to finish, up to 30 seconds) and reads the searches.</summary>
    /// <exception cref="NewsSearchException">The lock stays taken, or the file is damaged.</exception>
    public static SavedSearchStore Lock(string indexPath)
    {
        var folder = Path.GetFullPath(indexPath);
        var lockStream = AcquireLock(Path.Combine(folder, LockFileName), indexPath);
        try
        {
            var path = Path.Combine(folder, FileName);
            return new SavedSearchStore(lockStream, path, File.Exists(path) ? Parse(File.ReadAllBytes(path), path) : []);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    /// <summary>Replaces the file with the entries, atomically.</summary>
    public void Save()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("searches");
            foreach (var entry in Entries)
            {
                json.WriteStartObject();
                json.WriteString("name", entry.Search.Name);
                json.WriteString("query", entry.Search.Query);
                json.WriteString("created", entry.Search.Created);
                if (entry.Search.LastRun is { } lastRun)
                {
                    json.WriteString("lastRun", lastRun);
                }
                else
                {
                    json.WriteNull("lastRun");
                }

                json.WriteNumber("lastArrival", entry.LastArrival);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var temporary = _path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(buffer.WrittenSpan);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }

    public void Dispose() => _lock.Dispose();

    private static FileStream AcquireLock(string path, string displayPath)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException exception) when (exception.HResult is UnixWouldBlock or WindowsSharingViolation)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new NewsSearchException($"the saved searches of '{displayPath}' are in use by another process (a run of them still going?); try again later", exception);
                }

                Thread.Sleep(50);
            }
        }
    }

    private static List<SavedSearchEntry> Parse(byte[] content, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.GetProperty("version").GetInt32() != FormatVersion)
            {
                throw new NewsSearchException($"'{path}' was written by another version of NewsSearch");
            }

            var entries = new List<SavedSearchEntry>();
            foreach (var element in root.GetProperty("searches").EnumerateArray())
            {
                var search = new SavedSearch
                {
                    Name = element.GetProperty("name").GetString() ?? "",
                    Query = element.GetProperty("query").GetString() ?? "",
                    Created = element.GetProperty("created").GetDateTimeOffset(),
                    LastRun = element.GetProperty("lastRun").ValueKind == JsonValueKind.Null ? null : element.GetProperty("lastRun").GetDateTimeOffset(),
                };
                entries.Add(new SavedSearchEntry(search, element.GetProperty("lastArrival").GetInt64()));
            }

            return entries;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new NewsSearchException(string.Create(CultureInfo.InvariantCulture, $"cannot read the saved searches in '{path}': {exception.Message.ReplaceLineEndings(" ")}"), exception);
        }
    }
}
