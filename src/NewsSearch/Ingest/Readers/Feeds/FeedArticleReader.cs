using System.Xml;
using System.Xml.Linq;

namespace NewsSearch.Ingest.Readers.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds one item at a time, so a large feed dump streams.
/// The XML parser refuses DTDs (and with them external entities and entity expansion attacks) and
/// resolves nothing; HTML entities that feeds use without declaring are rewritten before it sees them
/// (see <see cref="HtmlEntityTextReader"/>). A feed broken part-way keeps the items before the break.
/// </summary>
internal static class FeedArticleReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        // Control characters are common in scraped feeds; TextCleanup strips them, so they need not stop the read.
        CheckCharacters = false,
        CloseInput = true,
    };

    public static IEnumerable<ArticleRecord> Read(InputDocument input, string path)
    {
        var text = input.OpenDecodedText(out var fallback);
        using var xml = XmlReader.Create(new HtmlEntityTextReader(text), Settings);
        var lineInfo = (IXmlLineInfo)xml;
        var index = 0;
        using var items = ReadItems(xml).GetEnumerator();
        while (true)
        {
            (XElement Item, FeedContext Feed, int? Line)? next;
            string? failure = null;
            try
            {
                next = items.MoveNext() ? items.Current : null;
            }
            catch (XmlException exception)
            {
                next = null;
                failure = Describe(exception, index);
            }
            catch (NotAFeedException exception)
            {
                next = null;
                failure = exception.Message;
            }

            if (failure is not null)
            {
                var line = lineInfo.HasLineInfo() && lineInfo.LineNumber > 0 ? lineInfo.LineNumber : (int?)null;
                yield return new ArticleRecord { Path = path, Line = line, Warnings = [new ReadWarning(path, line, failure)] };
                yield break;
            }

            if (next is not { } found)
            {
                break;
            }

            index++;
            yield return Map(found.Item, found.Feed, path, found.Line, index);
        }

        if (index == 0)
        {
            yield return new ArticleRecord { Path = path, Warnings = [new ReadWarning(path, null, "the feed has no items")] };
        }

        if (fallback.Count > 0)
        {
            yield return new ArticleRecord
            {
                Path = path,
                Warnings = [new ReadWarning(path, null, $"invalid {EncodingName(text)}: {fallback.Count} damaged byte {(fallback.Count == 1 ? "sequence" : "sequences")} replaced")],
            };
        }
    }

    private static string EncodingName(TextReader reader) => (reader as StreamReader)?.CurrentEncoding.WebName.ToUpperInvariant() ?? "text";

    private static ArticleRecord Map(XElement item, FeedContext feed, string path, int? line, int index)
    {
        var article = FeedItemMapper.Map(item, feed);
        return article is null
            ? new ArticleRecord { Path = path, Line = line, Warnings = [new ReadWarning(path, line, $"item {index}: skipped, it has neither a title nor text")] }
            : new ArticleRecord { Article = article, Path = path, Line = line };
    }

    private static IEnumerable<(XElement Item, FeedContext Feed, int? Line)> ReadItems(XmlReader xml)
    {
        var lineInfo = (IXmlLineInfo)xml;
        var path = new List<string>();
        string? title = null;
        string? language = null;
        xml.MoveToContent();
        var root = xml.LocalName;
        if (root is not ("rss" or "feed" or "RDF"))
        {
            throw new NotAFeedException($"not an RSS or Atom feed (the root element is <{xml.Name}>); file skipped");
        }

        language = xml.GetAttribute("xml:lang");
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            var depth = xml.Depth;
            path.RemoveRange(Math.Min(depth, path.Count), path.Count - Math.Min(depth, path.Count));
            var parent = path.Count > 0 ? path[^1] : null;
            var name = xml.LocalName;
            if (name is "item" or "entry" && depth >= 1)
            {
                int? line = lineInfo.HasLineInfo() ? lineInfo.LineNumber : null;
                var item = (XElement)XNode.ReadFrom(xml);
                yield return (item, new FeedContext(title, language), line);
                continue;
            }

            if (parent is "channel" or "feed" && name is "title" or "language" && !xml.IsEmptyElement)
            {
                var value = ((XElement)XNode.ReadFrom(xml)).Value.Trim();
                if (name == "title")
                {
                    title ??= Html.HtmlFragment.Line(value);
                }
                else
                {
                    language ??= value;
                }

                continue;
            }

            if (!xml.IsEmptyElement)
            {
                path.Add(name);
            }

            xml.Read();
        }
    }

    private static string Describe(XmlException exception, int itemsRead)
    {
        var reason = exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "refused: the feed declares a DTD; DTDs and external entities are never processed"
            : "malformed XML: " + exception.Message.Split(" Line ")[0].TrimEnd('.');
        return itemsRead == 0 ? reason + "; file skipped" : reason + $"; the rest of the feed after item {itemsRead} skipped";
    }

    /// <summary>The document is XML but not a feed.</summary>
    private sealed class NotAFeedException(string message) : Exception(message);
}
