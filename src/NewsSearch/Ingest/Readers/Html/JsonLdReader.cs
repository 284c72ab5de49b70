using System.Net;
using System.Text.Json;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Finds the article in a page's <c>application/ld+json</c> blocks: a top-level object, an array,
/// an <c>@graph</c>, or a <c>WebPage</c>'s <c>mainEntity</c>, with <c>@id</c> references (authors,
/// publisher) resolved inside the page. Blocks that are not valid JSON are ignored: sites ship broken
/// JSON-LD often, and the page's other metadata still stands.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 8;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly (string Open, string Close)[] Wrappers = [("<!--", "-->"), ("<![CDATA[", "]]>")];

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var block in blocks)
            {
                // A block that cannot be JSON is passed over without the cost of a thrown exception.
                if (Unwrapped(block) is not { } json)
                {
                    continue;
                }

                try
                {
                    documents.Add(JsonDocument.Parse(json, Options));
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the page's meta tags and text still give the fields.
                }
            }

            var nodes = new List<JsonElement>();
            foreach (var document in documents)
            {
                Collect(document.RootElement, nodes, 0);
            }

            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (Str(node, "@id") is { } id)
                {
                    byId.TryAdd(id, node);
                }
            }

            var article = nodes.FirstOrDefault(IsArticle);
            return article.ValueKind == JsonValueKind.Object ? Map(article, byId) : null;
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    /// <summary>
    /// The JSON inside a block, without the <c>&lt;![CDATA[ … ]]&gt;</c> or <c>&lt;!-- … --&gt;</c> wrappers that
    /// XHTML-era templates put around scripts (with or without <c>//</c> or <c>/* */</c> before them), or null
    /// when what is left cannot be a JSON object or array (no quotes at all: entity-mangled markup).
    /// </summary>
    internal static string? Unwrapped(string block)
    {
        var text = block.AsSpan().Trim();
        foreach (var (open, close) in Wrappers)
        {
            var start = text.IndexOf(open, StringComparison.Ordinal);
            if (start < 0 || !text[..start].Trim().TrimStart('/').TrimStart('*').IsEmpty)
            {
                continue;
            }

            var end = text.LastIndexOf(close, StringComparison.Ordinal);
            text = (end > start ? text[(start + open.Length)..end] : text[(start + open.Length)..]).Trim();
            text = text.StartsWith("*/", StringComparison.Ordinal) ? text[2..].Trim() : text;
            text = text.EndsWith("/*", StringComparison.Ordinal) || text.EndsWith("//", StringComparison.Ordinal) ? text[..^2].Trim() : text;
        }

        text = text.TrimEnd(';').Trim();
        return text.Length >= 2 && ((text[0] == '{' && text[^1] == '}') || (text[0] == '[' && text[^1] == ']')) && text.Contains('"')
            ? text.ToString()
            : null;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        nodes.Add(element);
        foreach (var key in (string[])["@graph", "mainEntity", "mainEntityOfPage"])
        {
            if (element.TryGetProperty(key, out var child))
            {
                Collect(child, nodes, depth + 1);
            }
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleType(string? type)
    {
        if (type is null)
        {
            return false;
        }

        var name = type[(type.LastIndexOfAny(['/', ':']) + 1)..];
        // "…Posting" covers BlogPosting, LiveBlogPosting, SocialMediaPosting (Tumblr) and DiscussionForumPosting.
        return name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal) || name is "Report";
    }

    private static JsonLdArticle Map(JsonElement article, Dictionary<string, JsonElement> byId) => new()
    {
        Headline = Str(article, "headline") ?? Str(article, "name"),
        AlternativeHeadline = Str(article, "alternativeHeadline"),
        Description = Str(article, "description"),
        Authors = Names(article, "author", byId).Concat(Names(article, "creator", byId)).Distinct(StringComparer.Ordinal).ToList(),
        DatePublished = Str(article, "datePublished") ?? Str(article, "dateCreated"),
        DateModified = Str(article, "dateModified"),
        Section = Strings(article, "articleSection").FirstOrDefault(),
        Keywords = Keywords(article),
        Publisher = Names(article, "publisher", byId).FirstOrDefault() ?? Names(article, "sourceOrganization", byId).FirstOrDefault(),
        Url = Str(article, "url") ?? Reference(article, "mainEntityOfPage"),
        ImageCaptions = Captions(article, byId),
        Language = Str(article, "inLanguage"),
        ArticleBody = Str(article, "articleBody"),
    };

    private static string? Str(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Decode(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(Text).FirstOrDefault(t => t is not null),
        JsonValueKind.Object => Str(value, "@value") ?? Str(value, "name"),
        _ => null,
    };

    private static List<string> Strings(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return [.. items.Select(Text).OfType<string>()];
    }

    private static string? Reference(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : Str(value, "@id") ?? Str(value, "url");
    }

    private static IEnumerable<string> Names(JsonElement node, string name, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            yield break;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var item in items)
        {
            var resolved = item;
            if (item.ValueKind == JsonValueKind.Object && !item.TryGetProperty("name", out _)
                && Str(item, "@id") is { } id && byId.TryGetValue(id, out var target))
            {
                resolved = target;
            }

            var text = resolved.ValueKind == JsonValueKind.String ? Decode(resolved.GetString()) : Str(resolved, "name");
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return text.Trim();
            }
        }
    }

    private static List<string> Keywords(JsonElement article)
    {
        var values = Strings(article, "keywords");
        if (values.Count == 1)
        {
            // "a, b, c" in one string is the usual form.
            values = [.. values[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return values;
    }

    private static List<string> Captions(JsonElement article, Dictionary<string, JsonElement> byId)
    {
        var captions = new List<string>();
        foreach (var key in (string[])["image", "associatedMedia"])
        {
            if (!article.TryGetProperty(key, out var value))
            {
                continue;
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items)
            {
                var image = item.ValueKind == JsonValueKind.Object && Str(item, "@id") is { } id && !item.TryGetProperty("caption", out _)
                    && byId.TryGetValue(id, out var target) ? target : item;
                if (Str(image, "caption") is { } caption && !string.IsNullOrWhiteSpace(caption))
                {
                    captions.Add(caption);
                }
            }
        }

        return captions;
    }

    private static string? Decode(string? text) => text is null ? null : WebUtility.HtmlDecode(text);
}
