using Lucene.Net.Index;

namespace NewsSearch.Indexing;

/// <summary>
/// The one definition of "this index is damaged" (a truncated, overwritten or missing file), as
/// opposed to a disk that failed or a bug: what an exception raised while Lucene opened or read the
/// index files says about them. Opening, searching, writing, arrival numbering and verify all ask
/// here, so they agree on what is damage and so on what the user is told to do about it.
/// </summary>
/// <remarks>
/// Lucene's own verdicts (checksums, headers, versions), a file that ends early or is gone, and
/// compressed stored fields that do not decompress are damage. Lucene.NET also fails on lengths
/// and offsets that make no sense with the runtime's argument, range, cast and overflow
/// exceptions, so these count too: callers validate their own arguments before reading, and ask
/// only about failures of reading the index. A null argument is always a bug.
/// </remarks>
internal static class IndexDamage
{
    private static readonly int RuntimeIOResult = new IOException().HResult;

    public static bool Is(Exception exception) => exception switch
    {
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException => true,

        // Lucene.NET raises some verdicts as plain IOExceptions ("codec header mismatch") and wraps
        // a read past the end in one; the operating system's I/O errors carry its error code instead.
        IOException io when io.GetType() == typeof(IOException) => io.InnerException is { } inner ? Is(inner) : io.HResult == RuntimeIOResult,
        EndOfStreamException or FileNotFoundException or InvalidDataException => true,
        ArgumentNullException => false,
        ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException => true,

        // A flipped byte in a file Lucene reads without a checksum on the query path (stored fields,
        // norms) surfaces as one of Lucene.NET's internal assertions, or as a null or a state its
        // readers never expect. Those two count only when raised inside Lucene's readers or our
        // codec: raised by our own code they are bugs, and must not be blamed on the files.
        Lucene.Net.Diagnostics.AssertionException => true,
        NullReferenceException or InvalidOperationException when exception is not ObjectDisposedException => RaisedWhileDecoding(exception),
        _ => false,
    };

    private static bool RaisedWhileDecoding(Exception exception)
    {
        // The innermost frame of the stack trace names the method that threw.
        var trace = exception.StackTrace.AsSpan().TrimStart();
        return trace.StartsWith("at Lucene.Net.", StringComparison.Ordinal)
            || trace.StartsWith("at NewsSearch.Indexing.Codec.", StringComparison.Ordinal);
    }

    /// <summary>The failure to report for a damaged index at <paramref name="indexPath"/>.</summary>
    public static IndexDamagedException Exception(string indexPath, Exception cause) => new(indexPath, cause);
}
