using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>The field names users type in queries, mapped to schema fields.</summary>
internal static class FieldAliases
{
    /// <summary>The pseudo-field for publication dates: <c>date:2018</c>, <c>date:[2018-01-01 TO 2018-06-30]</c>.</summary>
    public const string Date = "date";

    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = FieldNames.Title,
        ["headline"] = FieldNames.Title,
        ["subtitle"] = FieldNames.Subtitle,
        ["dek"] = FieldNames.Subtitle,
        ["standfirst"] = FieldNames.Subtitle,
        ["byline"] = FieldNames.Byline,
        ["author"] = FieldNames.Byline,
        ["by"] = FieldNames.Byline,
        ["caption"] = FieldNames.Captions,
        ["captions"] = FieldNames.Captions,
        ["source"] = FieldNames.Source,
        ["publisher"] = FieldNames.Source,
        ["section"] = FieldNames.Section,
        ["tag"] = FieldNames.Tags,
        ["tags"] = FieldNames.Tags,
        ["dateline"] = FieldNames.Dateline,
        ["body"] = FieldNames.Body,
        ["text"] = FieldNames.Body,
        ["date"] = Date,
        ["published"] = Date,
        ["url"] = FieldNames.Url,
        ["id"] = FieldNames.Id,
        ["language"] = FieldNames.Language,
        ["lang"] = FieldNames.Language,
    };

    /// <summary>The names users can type, for help and error messages.</summary>
    public static IEnumerable<string> Names => Map.Keys;

    public static bool TryResolve(string alias, out string field) => Map.TryGetValue(alias, out field!);
}
