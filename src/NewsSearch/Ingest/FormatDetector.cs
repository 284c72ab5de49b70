using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Ingest;

/// <summary>
/// Chooses a reader. Markup and JSON are recognised by content, because saved pages and feed dumps
/// often carry the wrong extension (<c>.txt</c>, <c>.xml</c>, none); the extension decides only
/// when the content shows nothing distinctive.
/// </summary>
internal static partial class FormatDetector
{
    private static readonly Dictionary<string, ArticleFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = ArticleFormat.JsonLines,
        [".ndjson"] = ArticleFormat.JsonLines,
        [".txt"] = ArticleFormat.Text,
        [".text"] = ArticleFormat.Text,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
        [".xhtml"] = ArticleFormat.Html,
        [".shtml"] = ArticleFormat.Html,
        [".xml"] = ArticleFormat.Feed,
        [".rss"] = ArticleFormat.Feed,
        [".atom"] = ArticleFormat.Feed,
    };

    /// <summary>The extensions a folder walk picks up (with or without <c>.gz</c>).</summary>
    public static IReadOnlySet<string> KnownExtensions { get; } = new HashSet<string>(
        [".jsonl", ".ndjson", ".json", ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".xml", ".rss", ".atom"],
        StringComparer.OrdinalIgnoreCase);

    public static ArticleFormat Detect(InputDocument input)
    {
        var byName = ByExtension.GetValueOrDefault(Path.GetExtension(input.LogicalName));

        // A .jsonl name is a promise about every line, and the JSONL reader reports the lines that break it.
        if (byName == ArticleFormat.JsonLines)
        {
            return byName;
        }

        var head = Latin1Head(input.Head);
        var sniffed = Sniff(head);
        if (sniffed is not null)
        {
            return sniffed.Value;
        }

        // A ".html" file without a single tag is text that was saved under the wrong name.
        return byName == ArticleFormat.Auto || (byName is ArticleFormat.Html or ArticleFormat.Feed && !AnyTag().IsMatch(head))
            ? ArticleFormat.Text
            : byName;
    }

    /// <summary>The format the content itself shows, or null when it could be any text.</summary>
    private static ArticleFormat? Sniff(string head)
    {
        var start = SkipPrologue(head);
        if (start.StartsWith('['))
        {
            return ArticleFormat.Json;
        }

        if (start.StartsWith('{'))
        {
            // One object per line is JSONL; an object spread over lines is a pretty-printed JSON document.
            // A first line longer than the sniffed head is one huge record: JSONL reads a lone object too.
            var lines = start.Split('\n', 2);
            return lines.Length == 1 || lines[0].TrimEnd().EndsWith('}') ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }

        if (!start.StartsWith('<'))
        {
            return null;
        }

        if (FeedRoot().IsMatch(start))
        {
            return ArticleFormat.Feed;
        }

        if (HtmlStart().IsMatch(start) || HtmlInside().IsMatch(head))
        {
            return ArticleFormat.Html;
        }

        // Other XML (a sitemap, an export): the feed reader names its root element in one warning.
        return head.TrimStart().StartsWith("<?xml", StringComparison.Ordinal) ? ArticleFormat.Feed : null;
    }

    /// <summary>The content after a byte-order mark, white space, an XML declaration, comments and a doctype other than HTML's.</summary>
    private static string SkipPrologue(string head)
    {
        var text = head.TrimStart('\ufeff', ' ', '\t', '\r', '\n');
        while (true)
        {
            var skipped = Prologue().Match(text);
            if (!skipped.Success || skipped.Length == 0)
            {
                return text;
            }

            text = text[skipped.Length..];
        }
    }

    private static string Latin1Head(byte[] head)
    {
        // UTF-8 and UTF-16 byte-order marks are dropped; the markup this looks for is ASCII in every encoding we read.
        var span = head.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.Length >= 2 && (span[0] == 0xFF || span[0] == 0xFE) && (span[1] == 0xFF || span[1] == 0xFE))
        {
            var utf16 = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return utf16.GetString(span[2..(2 + ((span.Length - 2) & ~1))]);
        }

        return Encoding.Latin1.GetString(span);
    }

    [GeneratedRegex(@"^(\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE\s+(?!html\b)[^\[>]*(\[.*?\]\s*)?>)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Prologue();

    [GeneratedRegex(@"^<(rss|feed|rdf:RDF|(\w+:)?RDF)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^<(!DOCTYPE\s+html|html|head|body|meta|title|!--)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<html[\s>]|<body[\s>]|<head[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlInside();

    [GeneratedRegex(@"<[A-Za-z!/?][^<>]{0,200}>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
