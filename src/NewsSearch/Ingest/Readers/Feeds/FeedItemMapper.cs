using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsSearch.Ingest.Readers.Html;
using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers.Feeds;

/// <summary>
/// Maps one RSS <c>item</c> or Atom <c>entry</c> to an article. Elements are matched by local name
/// and namespace family, so RSS 2.0, RSS 1.0 (RDF) and Atom share one mapping, and unknown extensions are ignored.
/// </summary>
internal static partial class FeedItemMapper
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string Media = "http://search.yahoo.com/mrss/";

    public static NewsArticle? Map(XElement item, FeedContext feed)
    {
        var captions = new List<string>();
        var title = HtmlFragment.Line(Child(item, "title", null, Atom));
        var contentHtml = Child(item, "encoded", Content) ?? Child(item, "content", Atom);
        var summaryHtml = Child(item, "description", null) ?? Child(item, "summary", Atom) ?? Child(item, "description", DublinCore);
        var body = HtmlFragment.Paragraphs(contentHtml ?? summaryHtml ?? "", captions).ToList();
        var summary = contentHtml is not null && summaryHtml is not null ? Teaser(HtmlFragment.Line(summaryHtml), body) : null;
        captions.AddRange(MediaCaptions(item));

        string? dateline = null;
        string? datelineSource = null;
        if (body.Count > 0 && DatelineCue.TryRead(body[0]) is { } cue)
        {
            dateline = cue.Dateline;
            datelineSource = cue.Source;
            body[0] = cue.Rest;
        }

        var url = Link(item);
        var article = new NewsArticle
        {
            Id = "",
            Url = TextCleanup.Field(url),
            Title = TextCleanup.Field(title),
            Subtitle = TextCleanup.Field(summary),
            Byline = TextCleanup.Field(Authors(item)),
            Source = TextCleanup.Field(HtmlFragment.Line(Child(item, "source", null)) ?? feed.Title ?? datelineSource),
            Dateline = TextCleanup.Field(dateline),
            Published = Date(item, ("pubDate", null), ("published", Atom), ("date", DublinCore), ("issued", Atom), ("updated", Atom), ("modified", Atom)),
            Tags = TextCleanup.List(Categories(item)),
            Body = TextCleanup.Body(string.Join("\n\n", body)),
            Captions = TextCleanup.List(captions),
            Language = TextCleanup.Field(item.Attribute(XNamespace.Xml + "lang")?.Value ?? feed.Language),
        };
        if (article.Title is null && article.Body.Length == 0)
        {
            return null;
        }

        var guid = Child(item, "guid", null) ?? Child(item, "id", Atom);
        var id = article.Url is null && !string.IsNullOrWhiteSpace(guid) ? ArticleIds.FromKey(guid.Trim()) : ArticleIds.Derive(article);
        return article with { Id = id };
    }

    /// <summary>The first child with this local name in the given namespace, or (for null) in no namespace or an RSS one.</summary>
    private static string? Child(XElement item, string name, string? ns, string? alsoNs = null) =>
        Children(item, name, ns, alsoNs).Select(Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    private static IEnumerable<XElement> Children(XElement item, string name, string? ns, string? alsoNs = null) =>
        item.Elements().Where(e => e.Name.LocalName == name && (InFamily(e.Name.NamespaceName, ns) || (alsoNs is not null && e.Name.NamespaceName == alsoNs)));

    private static bool InFamily(string actual, string? wanted) => wanted is null
        ? actual.Length == 0 || actual.StartsWith("http://purl.org/rss/1.0", StringComparison.Ordinal) && actual != Content || actual.StartsWith("http://backend.userland.com/rss", StringComparison.Ordinal)
        : actual == wanted;

    private static string Text(XElement element)
    {
        // Atom's type="xhtml" content is markup in the feed itself, not escaped text.
        if (string.Equals(element.Attribute("type")?.Value, "xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        }

        return element.Value;
    }

    private static string? Link(XElement item)
    {
        var rssLink = Child(item, "link", null);
        if (rssLink is not null)
        {
            return rssLink.Trim();
        }

        var atomLinks = Children(item, "link", Atom).ToList();
        var alternate = atomLinks.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? atomLinks.FirstOrDefault();
        if (alternate?.Attribute("href")?.Value is { Length: > 0 } href)
        {
            return href.Trim();
        }

        // A permalink guid is the item's address when the feed gives no link.
        var guid = Children(item, "guid", null).FirstOrDefault();
        return guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? guid.Value.Trim()
            : null;
    }

    private static string? Authors(XElement item)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var author in Children(item, "creator", DublinCore).Select(e => e.Value)
            .Concat(Children(item, "author", Atom).Select(a => Children(a, "name", Atom).FirstOrDefault()?.Value ?? a.Value))
            .Concat(Children(item, "author", null).Select(e => e.Value)))
        {
            var name = RssAuthor(author.Trim());
            if (name.Length > 0 && seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>RSS 2.0 authors are e-mail addresses, often "jane@example.com (Jane Doe)": the name is what a reader wants.</summary>
    private static string RssAuthor(string author)
    {
        var match = EmailWithName().Match(author);
        if (match.Success)
        {
            return match.Groups["name"].Value.Trim();
        }

        return ByPrefix().Replace(HtmlFragment.Line(author) ?? "", "");
    }

    private static DateTimeOffset? Date(XElement item, params (string Name, string? Ns)[] candidates)
    {
        foreach (var (name, ns) in candidates)
        {
            if (Child(item, name, ns) is { } text && (DateParsing.TryParse(text, out var date) || PublishedDateCue.TryParseValue(text, out date)))
            {
                return date;
            }
        }

        return null;
    }

    private static IEnumerable<string?> Categories(XElement item) =>
        Children(item, "category", null).Select(c => HtmlFragment.Line(c.Value))
            .Concat(Children(item, "category", Atom).Select(c => c.Attribute("label")?.Value ?? c.Attribute("term")?.Value))
            .Concat(Children(item, "subject", DublinCore).Select(c => c.Value));

    /// <summary>Media RSS descriptions with their credits, on the item or on its <c>media:content</c> / <c>media:group</c>.</summary>
    private static IEnumerable<string> MediaCaptions(XElement item)
    {
        var holders = item.Descendants().Where(e => e.Name.NamespaceName == Media && e.Name.LocalName is "content" or "group" or "thumbnail").Prepend(item);
        foreach (var holder in holders)
        {
            var description = holder.Elements(XName.Get("description", Media)).Select(e => e.Value).FirstOrDefault()
                ?? holder.Elements(XName.Get("text", Media)).Select(e => e.Value).FirstOrDefault();
            var credit = holder.Elements(XName.Get("credit", Media)).Select(e => e.Value).FirstOrDefault();
            if (HtmlFragment.Line(description) is { Length: > 0 } text)
            {
                yield return credit is { Length: > 0 } ? $"{text} ({credit.Trim()})" : text;
            }
        }
    }

    private static string? Teaser(string? summary, List<string> body)
    {
        if (string.IsNullOrWhiteSpace(summary) || TextShape.WordCount(summary) < 4)
        {
            return null;
        }

        // A summary that is the opening of the story cut short ("…", "[…]", "Continue reading") is no dek.
        var key = TextShape.Comparable(TeaserEnd().Replace(summary, ""));
        var opening = TextShape.Comparable(string.Join(" ", body.Take(3)));
        var afterDateline = body.Count > 0 && DatelineCue.TryRead(body[0]) is { } cue ? TextShape.Comparable(string.Join(" ", body.Skip(1).Prepend(cue.Rest).Take(3))) : opening;
        return key.Length == 0 || opening.StartsWith(key, StringComparison.Ordinal) || afterDateline.StartsWith(key, StringComparison.Ordinal) ? null : summary;
    }

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^()]+)\)$")]
    private static partial Regex EmailWithName();

    [GeneratedRegex(@"^(By|BY|by)\b:?\s*")]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(\[?…\]?|\[\.\.\.\]|\.\.\.|continue reading.*|read more.*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserEnd();
}
