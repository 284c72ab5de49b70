using System.Buffers;
using System.Text;

namespace NewsSearch.Ingest;

/// <summary>Normalises text from any reader: Unicode NFC, one kind of line break, no control characters.</summary>
/// <remarks>
/// Every article's body goes through here. Text that is already clean (most JSON Lines input) is
/// recognised by vectorised searches and returned as it is; other text is cleaned in one pass into
/// one scratch buffer (the output is never longer than the input).
/// </remarks>
internal static class TextCleanup
{
    private const int StackChars = 256;

    // What Clean yields for a character that is dropped; NUL is a control character, so always dropped.
    private const char Dropped = '\0';

    /// <summary>The same plus every whitespace character but the space: a clean field is one line with single spaces.</summary>
    private static readonly SearchValues<char> NotInCleanField =
        CharsWhere(c => c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\ufeff' or '\ufffe' or '\ufffd'));

    public static string? Field(string? value)
    {
        if (value is null)
        {
            return null;
        }

        value = Normalized(value);
        if (IsCleanField(value))
        {
            return value;
        }

        char[]? rented = null;
        Span<char> buffer = value.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            var writer = new WhitespaceCollapsingWriter(buffer);
            for (var i = 0; i < value.Length; i++)
            {
                if (Clean(value, ref i) is var c and not Dropped)
                {
                    writer.Append(c);
                }
            }

            return writer.Written.Length == 0 ? null : Result(value, writer.Written);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Cleans multi-paragraph text: keeps paragraph breaks, trims each line.</summary>
    public static string Body(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        value = Normalized(value);
        if (IsCleanBody(value))
        {
            return value;
        }

        char[]? rented = null;
        Span<char> buffer = value.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            // Lines are trimmed as they are written: leading whitespace is never written, trailing
            // whitespace is cut back to the line's last other character when the line ends.
            var length = 0;
            var contentEnd = 0;
            var inContent = false;
            var breaks = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = Clean(value, ref i);
                if (c == Dropped)
                {
                    continue;
                }

                if (c == '\n')
                {
                    if (inContent)
                    {
                        length = contentEnd;
                        inContent = false;
                    }

                    breaks++;
                    continue;
                }

                var whitespace = char.IsWhiteSpace(c);
                if (!inContent)
                {
                    if (whitespace)
                    {
                        continue;
                    }

                    // Blank lines between two lines of text become one paragraph break.
                    if (length > 0)
                    {
                        buffer[length++] = '\n';
                        if (breaks > 1)
                        {
                            buffer[length++] = '\n';
                        }
                    }

                    inContent = true;
                    breaks = 0;
                }

                buffer[length++] = c;
                if (!whitespace)
                {
                    contentEnd = length;
                }
            }

            if (inContent)
            {
                length = contentEnd;
            }

            return length == 0 ? "" : Result(value, buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    public static IReadOnlyList<string> List(IEnumerable<string?> values)
    {
        var result = new List<string>();

        // A set, not List.Contains: a record with 200,000 tags would otherwise take minutes.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (Field(value) is { } cleaned && seen.Add(cleaned))
            {
                result.Add(cleaned);
            }
        }

        return result;
    }

    /// <summary>Whether <see cref="Field"/> would return the text as it is: one line, single spaces, none at either end.</summary>
    private static bool IsCleanField(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] != ' ' && text[^1] != ' '
        && !text.ContainsAny(NotInCleanField) && !text.Contains("  ", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> holds a character that clean body text never holds: a control other than
    /// <c>\n</c> (U+0000–U+001F, U+007F–U+009F), or one that <see cref="Clean"/> maps or drops (U+00A0, U+2028,
    /// U+2029, U+FEFF, U+FFFE, U+FFFD). One set mixing ASCII with characters far above it sends SearchValues to its
    /// slowest, probabilistic search (2% of reading saved pages); by ranges and short lists each search is a
    /// plain vectorised one.
    /// </summary>
    internal static bool HasCharNotInCleanBody(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u0009') || text.ContainsAnyInRange('\u000b', '\u001f')
        || text.ContainsAnyInRange('\u007f', '\u00a0') || text.ContainsAny('\u2028', '\u2029') || text.ContainsAny('\ufeff', '\ufffe', '\ufffd');

    /// <summary>
    /// Whether <see cref="Body"/> would return the text as it is (most bodies in JSON Lines are
    /// already clean): vectorised searches instead of the character-by-character pass.
    /// </summary>
    private static bool IsCleanBody(ReadOnlySpan<char> text)
    {
        if (HasCharNotInCleanBody(text))
        {
            return false;
        }

        var first = true;
        var afterBlank = false;
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (line.Length == 0)
            {
                // One blank line between two lines of text is a paragraph break; any other is not clean.
                if (first || afterBlank || end < 0)
                {
                    return false;
                }

                afterBlank = true;
            }
            else if (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1]))
            {
                return false;
            }
            else
            {
                afterBlank = false;
            }

            if (end < 0)
            {
                return true;
            }

            first = false;
            text = text[(end + 1)..];
        }
    }

    private static SearchValues<char> CharsWhere(Func<char, bool> predicate)
    {
        var chars = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (predicate(c))
            {
                chars.Add(c);
            }
        }

        return SearchValues.Create([.. chars]);
    }

    private static string Normalized(string value) =>
        value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The character at <paramref name="i"/> as clean text has it: line breaks as <c>\n</c> (a
    /// <c>\r\n</c> pair is consumed whole), tabs and no-break spaces as spaces, and
    /// <see cref="Dropped"/> for control characters, byte order marks and replacement characters.
    /// </summary>
    private static char Clean(string value, ref int i)
    {
        var c = value[i];
        switch (c)
        {
            case '\n':
                return '\n';
            case '\r':
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                return '\n';
            case '\u2028' or '\u2029':
                return '\n';
            case '\t' or '\u00a0':
                return ' ';
            case '\ufeff' or '\ufffe' or '\ufffd':
                return Dropped;
            default:
                return char.IsControl(c) ? Dropped : c;
        }
    }

    /// <summary>The cleaned text, reusing <paramref name="original"/> when cleaning changed nothing (the usual case).</summary>
    private static string Result(string original, ReadOnlySpan<char> cleaned) =>
        cleaned.SequenceEqual(original) ? original : new string(cleaned);
}
