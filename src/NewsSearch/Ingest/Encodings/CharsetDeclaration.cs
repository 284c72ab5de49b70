using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Encodings;

/// <summary>
/// Finds the encoding a document declares for itself: <c>&lt;meta charset&gt;</c>, the
/// <c>http-equiv="Content-Type"</c> form, or an XML declaration's <c>encoding</c>.
/// </summary>
internal static partial class CharsetDeclaration
{
    // Browsers look only this far for a meta charset; a declaration further in is not trusted either.
    private const int ScanLength = 4096;

    public static string? Find(ReadOnlySpan<byte> content)
    {
        // Every encoding a page may declare is ASCII-compatible in its markup, so Latin-1 reads the tags whatever it is.
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, ScanLength)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return xml.Groups["name"].Value;
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*?\bencoding\s*=\s*[""'](?<name>[A-Za-z0-9._:\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?(?<name>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
