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
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["name", "property", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    metadata.Add(key.Trim(), WebUtility.HtmlDecode(content).Trim());
                }
            }
        }

        metadata.Canonical = document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")?.Trim();
        metadata.Language = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang");
        metadata.TitleElement = document.Head?.QuerySelector("title")?.TextContent ?? document.QuerySelector("title")?.TextContent;
        metadata.JsonLd = [.. document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent)];
        return metadata;
    }

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

    private void Add(string key, string value)
    {
        if (!_meta.TryGetValue(key, out var values))
        {
            values = [];
            _meta[key] = values;
        }

        if (_seen.Add(key.ToUpperInvariant() + "\u0000" + value))
        {
            values.Add(value);
        }
    }
}
