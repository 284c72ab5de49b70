using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.Feeds;

/// <summary>
/// Makes a feed well-formed where feeds commonly are not, before the XML parser sees it: HTML named
/// entities such as <c>&amp;nbsp;</c> or <c>&amp;mdash;</c> (undeclared in XML, and declaring them
/// would need the DTD we refuse) become character references, and a bare <c>&amp;</c> ("AT&amp;T")
/// becomes <c>&amp;amp;</c>. Reads in blocks, carrying an entity split across two blocks into the next.
/// </summary>
internal sealed partial class HtmlEntityTextReader(TextReader inner) : TextReader
{
    private const int BlockSize = 1 << 15;
    private const int MaxEntityLength = 40;

    private readonly char[] _block = new char[BlockSize];
    private string _carry = "";
    private string _ready = "";
    private int _readyPosition;
    private bool _ended;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        if (_readyPosition >= _ready.Length && !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _ready.Length - _readyPosition);
        _ready.AsSpan(_readyPosition, n).CopyTo(buffer);
        _readyPosition += n;
        return n;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek()
    {
        if (_readyPosition >= _ready.Length && !Fill())
        {
            return -1;
        }

        return _ready[_readyPosition];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (!_ended)
        {
            var read = inner.Read(_block, 0, _block.Length);
            var text = _carry + new string(_block, 0, read);
            _carry = "";
            if (read == 0)
            {
                _ended = true;
            }
            else
            {
                // An '&' near the end may start an entity whose ';' is in the next block.
                var amp = text.LastIndexOf('&');
                if (amp >= 0 && text.Length - amp < MaxEntityLength && text.IndexOf(';', amp) < 0)
                {
                    _carry = text[amp..];
                    text = text[..amp];
                }
            }

            if (text.Length > 0)
            {
                _ready = Rewrite(text);
                _readyPosition = 0;
                return true;
            }
        }

        return false;
    }

    private static string Rewrite(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        return Ampersand().Replace(text, match =>
        {
            var name = match.Groups["name"];
            if (!name.Success)
            {
                return match.Value.Length > 1 ? match.Value : "&amp;";
            }

            if (name.Value is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                return match.Value;
            }

            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value)
            {
                return "&amp;" + match.Value[1..];
            }

            var builder = new StringBuilder();
            foreach (var rune in decoded.EnumerateRunes())
            {
                builder.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            }

            return builder.ToString();
        });
    }

    // A named entity, a numeric reference (kept), or a bare ampersand.
    [GeneratedRegex(@"&((?<name>[A-Za-z][A-Za-z0-9]{1,31});|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)?")]
    private static partial Regex Ampersand();
}
