using System.Text;

namespace NewsSearch.Ingest.Readers;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/>, but never holds more than a cap: a longer
/// line is skipped to its end and reported by its length, so one runaway record (a whole database
/// dump on one line) cannot take the process's memory with it.
/// </summary>
internal static class BoundedLineReader
{
    /// <summary>The lines of <paramref name="reader"/>; a line longer than <paramref name="maxChars"/> comes back as null text with its length.</summary>
    public static IEnumerable<(string? Text, long Length)> Read(TextReader reader, int maxChars)
    {
        var buffer = new char[1 << 16];
        var line = new StringBuilder();
        long length = 0;
        var pendingCarriageReturn = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var span = buffer.AsSpan(start, read - start);
                var end = span.IndexOfAny('\n', '\r');
                var piece = end < 0 ? span : span[..end];
                if (pendingCarriageReturn && piece.Length == 0 && end >= 0 && span[0] == '\n')
                {
                    // The \n of a \r\n split across two reads.
                    pendingCarriageReturn = false;
                    start++;
                    continue;
                }

                pendingCarriageReturn = false;
                var whole = length == 0 && end >= 0;
                length += piece.Length;
                if (length <= maxChars && !whole)
                {
                    line.Append(piece);
                }

                if (end < 0)
                {
                    break;
                }

                var carriageReturn = span[end] == '\r';
                start += end + 1;

                // A line that lies whole in the buffer (most do) becomes a string without a copy in the builder.
                var text = length > maxChars ? null : whole ? new string(piece) : line.ToString();
                var lineLength = length;
                line.Clear();
                length = 0;
                yield return (text, lineLength);
                if (carriageReturn)
                {
                    if (start < read && buffer[start] == '\n')
                    {
                        start++;
                    }
                    else if (start == read)
                    {
                        pendingCarriageReturn = true;
                    }
                }
            }
        }

        if (length > 0 || line.Length > 0)
        {
            yield return (length <= maxChars ? line.ToString() : null, length);
        }
    }
}
