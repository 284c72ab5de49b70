using System.Globalization;
using System.Text;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Wraps text to a terminal's width at spaces, counting columns as a terminal does: ANSI escapes
/// take none, East Asian wide characters (Han, kana, Hangul, full-width forms) take two, and a word
/// longer than the line (a URL, a run of Chinese) is broken where the line ends.
/// </summary>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/>, each starting with <paramref name="indent"/> and at most <paramref name="width"/> columns.</summary>
    public static IReadOnlyList<string> Lines(string text, int width, string indent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(indent);

        // Never narrower than 20 columns for the text itself, however small the terminal claims to be.
        var available = Math.Max(20, width - indent.Length);
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var columns = Columns(word);
            if (used > 0 && used + 1 + columns > available)
            {
                lines.Add(indent + line);
                line.Clear();
                used = 0;
            }

            if (used > 0)
            {
                line.Append(' ');
                used++;
            }

            foreach (var (piece, pieceColumns) in Pieces(word))
            {
                if (used + pieceColumns > available && used > 0)
                {
                    lines.Add(indent + line);
                    line.Clear();
                    used = 0;
                }

                line.Append(piece);
                used += pieceColumns;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(indent + line);
        }

        return lines;
    }

    /// <summary>The columns a terminal gives the text.</summary>
    public static int Columns(string text) => Pieces(text).Sum(piece => piece.Columns);

    // Text elements (a base character with its combining marks, a surrogate pair) and whole ANSI escapes.
    private static IEnumerable<(string Text, int Columns)> Pieces(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] == '\e' && index + 1 < text.Length && text[index + 1] == '[')
            {
                var end = index + 2;
                while (end < text.Length && !char.IsAsciiLetter(text[end]))
                {
                    end++;
                }

                end = Math.Min(end + 1, text.Length);
                yield return (text[index..end], 0);
                index = end;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(text, index);
            var element = text.Substring(index, length);
            yield return (element, IsWide(char.ConvertToUtf32(element, 0)) ? 2 : 1);
            index += length;
        }
    }

    private static bool IsWide(int codePoint) => codePoint is
        (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or
        (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or
        (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F) or
        (>= 0x20000 and <= 0x3FFFD);
}
