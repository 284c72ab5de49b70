using System.Net;
using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The metadata in a page's head: <c>&lt;meta&gt;</c> by <c>name</c>, <c>property</c> or <c>itemprop</c>
/// (OpenGraph, <c>article:*</c>, Dublin Core, Twitter cards, Parse.ly and the like), the canonical
/// link, the page language, and the JSON-LD blocks. Keys compare case-insensitively; the first value wins,
/// except where a property may repeat (<c>article:tag</c>).
/// </summary>
internal sealed class PageMetadata
{
    private readonly Dictionary<string, List<string>> _meta = new(StringComparer.OrdinalIgnoreCase);

    // The values seen per key, beside the ordered lists: a page with thousands of meta tags would make List.Contains quadratic.
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _attributes = new(StringComparer.OrdinalIgnoreCase);

    private PageMetadata()
    {
    }

    public string? Canonical { get; private set; }

    public string? Language { get; private set; }

    public string? TitleElement { get; private set; }

    public IReadOnlyList<string> JsonLd { get; private set; } = [];

    public static PageMetadata Read(IDocument document)
    {
        var metadata = new PageMetadata();

        // One walk over the page for what three selector queries found, each walking it whole.
        var metas = new List<IElement>();
        var jsonLd = new List<string>();
        var canonicalSeen = false;
        foreach (var element in ContentExtractor.Descendants(document.DocumentElement))
        {
            switch (element.LocalName)
            {
                case "meta":
                    metas.Add(element);
                    break;
                case "link" when !canonicalSeen && IsCanonical(element.GetAttribute("rel")):
                    canonicalSeen = true;
                    metadata.Canonical = element.GetAttribute("href")?.Trim();
                    break;
                case "script" when string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    jsonLd.Add(element.TextContent);
                    break;
                default:
                    break;
            }
        }

        // RDFa properties before names: a page that states "dc:title" both ways means the property (Readability reads it so).
        foreach (var attribute in (string[])["property", "name", "itemprop", "http-equiv"])
        {
            foreach (var meta in metas)
            {
                if (meta.GetAttribute(attribute) is not { Length: > 0 } keys || meta.GetAttribute("content") is not { } content
                    || string.IsNullOrWhiteSpace(content))
                {
                    continue;
                }

                // RDFa lets one property attribute name several properties ("dc:title og:title"), and Dublin
                // Core is written both dc:title and DC.title.
                foreach (var key in keys.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
                {
                    metadata.Add(DublinCore(key), WebUtility.HtmlDecode(content).Trim(), attribute);
                }
            }
        }

        metadata.Language = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang");
        metadata.TitleElement = document.Head?.QuerySelector("title")?.TextContent ?? document.QuerySelector("title")?.TextContent;
        metadata.JsonLd = jsonLd;
        return metadata;
    }

    /// <summary>What <c>link[rel~='canonical' i]</c> selects: "canonical" among the words of rel, in any case.</summary>
    private static bool IsCanonical(string? rel) =>
        rel is not null && rel.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase);

    private static string DublinCore(string key) =>
        key.StartsWith("dc:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("dcterms:", StringComparison.OrdinalIgnoreCase)
            ? key.Replace(':', '.')
            : key;

    /// <summary>The first value of the first key present.</summary>
    public string? First(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_meta.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values[0];
            }
        }

        return null;
    }

    /// <summary>Every value of the first key present.</summary>
    public IReadOnlyList<string> All(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_meta.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values;
            }
        }

        return [];
    }

    private void Add(string key, string value, string attribute)
    {
        if (!_meta.TryGetValue(key, out var values))
        {
            values = [];
            _meta[key] = values;
            _attributes[key] = attribute;
        }
        else if (_attributes[key] != attribute)
        {
            // The same key stated again by name after its property: a second wording of one value, not a second value.
            return;
        }

        if (_seen.Add(key.ToUpperInvariant() + "\u0000" + value))
        {
            values.Add(value);
        }
    }
}
