using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>
/// The article fields that <c>query --fields</c> adds to JSON and CSV hits. A hit is read from doc
/// values (id, title, byline, source, date, url), which is cheap; these need the stored article,
/// one read per hit, so they come only on request.
/// </summary>
internal static class HitFields
{
    /// <summary>Every field --fields accepts, in output order; "all" stands for all of them.</summary>
    public static readonly IReadOnlyList<string> Names = ["subtitle", "dateline", "section", "tags", "captions", "language", "body"];

    /// <summary>Splits "section,tags" (and repeated options) into known names, or returns the first unknown one.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> values, out string? unknown)
    {
        unknown = null;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var name = value.ToLowerInvariant() switch
            {
                "dek" => "subtitle",
                "caption" => "captions",
                "tag" => "tags",
                var other => other,
            };
            if (name == "all")
            {
                wanted.UnionWith(Names);
            }
            else if (Names.Contains(name))
            {
                wanted.Add(name);
            }
            else
            {
                unknown ??= value;
            }
        }

        return Names.Where(wanted.Contains).ToList();
    }

    /// <summary>The field's value as text: lists joined with "; ", null when the article has none.</summary>
    public static string? Text(NewsArticle? article, string name) => Value(article, name) switch
    {
        string text => text,
        IReadOnlyList<string> list => list.Count == 0 ? null : string.Join("; ", list),
        _ => null,
    };

    /// <summary>Writes the fields as JSON properties: strings or null, lists as arrays (empty when none).</summary>
    public static void WriteJson(Utf8JsonWriter json, NewsArticle? article, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            switch (Value(article, name))
            {
                case IReadOnlyList<string> list:
                    json.WriteStartArray(name);
                    foreach (var item in list)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case string text when text.Length > 0:
                    json.WriteString(name, text);
                    break;
                default:
                    json.WriteNull(name);
                    break;
            }
        }
    }

    private static object? Value(NewsArticle? article, string name) => name switch
    {
        "subtitle" => article?.Subtitle,
        "dateline" => article?.Dateline,
        "section" => article?.Section,
        "tags" => article?.Tags ?? [],
        "captions" => article?.Captions ?? [],
        "language" => article?.Language,
        "body" => article?.Body,
        _ => null,
    };
}
