using System.Text.Json;

namespace NewsSearch.Ingest;

/// <summary>
/// Maps one JSON object in the article interchange format to a <see cref="NewsArticle"/>. Lenient
/// by design: unknown fields are ignored, a field of the wrong type is dropped with a warning, and
/// only a record with neither title nor body is skipped.
/// </summary>
internal static class JsonArticleMapper
{
    public static NewsArticle? Map(JsonElement element, Action<string> warn)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            warn($"expected a JSON object, found {Describe(element.ValueKind)}");
            return null;
        }

        string? id = null, url = null, title = null, subtitle = null, byline = null, source = null;
        string? dateline = null, section = null, body = null, language = null;
        DateTimeOffset? published = null;
        IReadOnlyList<string> tags = [], captions = [];
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id": id = Scalar(property.Name, value, warn); break;
                case "url": url = Text(property.Name, value, warn); break;
                case "title": title = Text(property.Name, value, warn); break;
                case "subtitle": subtitle = Text(property.Name, value, warn); break;
                case "byline": byline = Joined(property.Name, value, warn); break;
                case "source": source = Text(property.Name, value, warn); break;
                case "dateline": dateline = Text(property.Name, value, warn); break;
                case "section": section = Text(property.Name, value, warn); break;
                case "language": language = Text(property.Name, value, warn); break;
                case "body": body = Paragraphs(property.Name, value, warn); break;
                case "tags": tags = List(property.Name, value, warn); break;
                case "captions": captions = List(property.Name, value, warn); break;
                case "published": published = Date(property.Name, value, warn); break;
                default: break;
            }
        }

        var cleanTitle = TextCleanup.Field(title);
        var cleanBody = TextCleanup.Body(body);
        if (cleanTitle is null && cleanBody.Length == 0)
        {
            warn("skipped: the record has neither 'title' nor 'body'");
            return null;
        }

        // The id is settled before the record is built, so the record is built once, not copied by `with`.
        var cleanUrl = TextCleanup.Field(url);
        var cleanSource = TextCleanup.Field(source);
        return new NewsArticle
        {
            // An id is a key, kept exactly: "a b" and "a  b " are two articles. One with control
            // characters is refused later (ArticleBounds) rather than cleaned into another's id.
            Id = string.IsNullOrWhiteSpace(id) ? ArticleIds.Derive(cleanUrl, cleanSource, cleanTitle, published, cleanBody) : id,
            Url = cleanUrl,
            Title = cleanTitle,
            Subtitle = TextCleanup.Field(subtitle),
            Byline = TextCleanup.Field(byline),
            Source = cleanSource,
            Dateline = TextCleanup.Field(dateline),
            Published = published,
            Section = TextCleanup.Field(section),
            Tags = TextCleanup.List(tags),
            Body = cleanBody,
            Captions = TextCleanup.List(captions),
            Language = TextCleanup.Field(language),
        };
    }

    private static string? Text(string name, JsonElement value, Action<string> warn) => value.ValueKind switch
    {
        JsonValueKind.String => String(name, value, warn),
        JsonValueKind.Null => null,
        _ => WrongType(name, "a string", value, warn),
    };

    private static string? Scalar(string name, JsonElement value, Action<string> warn) => value.ValueKind switch
    {
        JsonValueKind.String => String(name, value, warn),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => null,
        _ => WrongType(name, "a string or number", value, warn),
    };

    private static string? Joined(string name, JsonElement value, Action<string> warn) =>
        value.ValueKind == JsonValueKind.Array
            ? string.Join(", ", List(name, value, warn))
            : Text(name, value, warn);

    private static string? Paragraphs(string name, JsonElement value, Action<string> warn) =>
        value.ValueKind == JsonValueKind.Array
            ? string.Join("\n\n", List(name, value, warn))
            : Text(name, value, warn);

    private static List<string> List(string name, JsonElement value, Action<string> warn)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return [];
            case JsonValueKind.String:
                return String(name, value, warn) is { } single ? [single] : [];
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        if (String(name, item, warn) is { } text)
                        {
                            items.Add(text);
                        }
                    }
                    else if (item.ValueKind != JsonValueKind.Null)
                    {
                        warn($"field '{name}': ignored an item that is {Describe(item.ValueKind)}, not a string");
                    }
                }

                return items;
            default:
                WrongType(name, "a list of strings", value, warn);
                return [];
        }
    }

    private static DateTimeOffset? Date(string name, JsonElement value, Action<string> warn)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "an ISO 8601 date string", value, warn);
            return null;
        }

        var text = String(name, value, warn);
        if (DateParsing.TryParse(text, out var date))
        {
            return date;
        }

        warn($"field '{name}': cannot read '{Shorten(text)}' as a date (expected ISO 8601, e.g. 2018-11-05 or 2018-11-05T14:30:00Z)");
        return null;
    }

    /// <summary>
    /// The string's value; null with a warning when it escapes half a UTF-16 surrogate pair
    /// (<c>"\ud800"</c>), which System.Text.Json parses but cannot turn into a string.
    /// </summary>
    private static string? String(string name, JsonElement value, Action<string> warn)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            warn($"field '{name}': holds an escaped lone surrogate (such as \\ud800), not text; left out");
            return null;
        }
    }

    private static string? WrongType(string name, string expected, JsonElement value, Action<string> warn)
    {
        warn($"field '{name}': expected {expected}, found {Describe(value.ValueKind)}; field left out");
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
