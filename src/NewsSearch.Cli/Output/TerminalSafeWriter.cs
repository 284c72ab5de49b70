using System.Security.Cryptography;
using System.Text;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Wraps stdout or stderr so that no control character from an article, a query or a file name
/// reaches the terminal raw: <c>ESC[2J</c> would clear the screen, an OSC sequence retitle the
/// window. Control characters other than line feed and tab are shown as their Unicode control
/// pictures (<c>␛</c>), C1 controls as U+FFFD. Whatever wrote the index, every line is safe.
/// </summary>
/// <remarks>
/// The CLI's own styling (<see cref="TextStyle"/>, <see cref="ProgressLine"/>) passes through as
/// <see cref="Raw"/>: the control character prefixed with a marker drawn at random for this process,
/// which stored text cannot know in advance, so no article can forge it.
/// </remarks>
internal sealed class TerminalSafeWriter : TextWriter
{
    private const char MarkerStart = '\uFDD0';

    /// <summary>U+FDD0 and eight more noncharacters (U+FDD1–U+FDEF) chosen at random once per process.</summary>
    private static readonly string Marker = CreateMarker();

    private readonly TextWriter _inner;

    public TerminalSafeWriter(TextWriter inner)
    {
        _inner = inner;
    }

    public override Encoding Encoding => _inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => _inner.NewLine;
        set => _inner.NewLine = value;
    }

    /// <summary>A control character of the CLI's own (ESC or CR) that this writer lets through.</summary>
    public static string Raw(char control) => Marker + control;

    /// <summary><paramref name="text"/> with every control character but line feed and tab made visible.</summary>
    public static string Escape(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == MarkerStart && string.CompareOrdinal(text, i, Marker, 0, Marker.Length) == 0 && i + Marker.Length < text.Length
                && text[i + Marker.Length] is '\e' or '\r')
            {
                result.Append(text[i + Marker.Length]);
                i += Marker.Length;
            }
            else
            {
                result.Append(Visible(c));
            }
        }

        return result.ToString();
    }

    public override void Write(char value) => _inner.Write(Visible(value));

    /// <summary>
    /// Whether <paramref name="text"/> holds a control character other than line feed and tab, or a marker's start.
    /// By ranges and one character, each a plain vectorised search: one set mixing ASCII controls with U+FDD0
    /// sends SearchValues to its slowest, probabilistic search, and every line of output passes here.
    /// </summary>
    private static bool NeedsWork(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0000', '\u0008') || text.ContainsAnyInRange('\u000b', '\u001f')
        || text.ContainsAnyInRange('\u007f', '\u009f') || text.Contains(MarkerStart);

    public override void Write(string? value)
    {
        if (value is not null)
        {
            _inner.Write(Escape(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine(string? value)
    {
        Write(value);
        _inner.WriteLine();
    }

    public override void WriteLine() => _inner.WriteLine();

    public override void Flush() => _inner.Flush();

    private static char Visible(char c) => c switch
    {
        '\n' or '\t' => c,
        < ' ' => (char)(0x2400 + c),
        '\u007f' => '\u2421',
        MarkerStart => '\ufffd',
        _ when char.IsControl(c) => '\ufffd',
        _ => c,
    };

    private static string CreateMarker()
    {
        Span<char> marker = stackalloc char[9];
        marker[0] = MarkerStart;
        for (var i = 1; i < marker.Length; i++)
        {
            marker[i] = (char)(0xFDD1 + RandomNumberGenerator.GetInt32(0x1F));
        }

        return new string(marker);
    }
}
