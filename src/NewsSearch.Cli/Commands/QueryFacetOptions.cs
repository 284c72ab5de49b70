using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary>
/// The facet and collapse options of <c>newssearch query</c>, and how their results are written;
/// kept apart from QueryCommand so the two can change independently.
/// </summary>
internal static class QueryFacetOptions
{
    /// <summary>The names users type, in the order facets are listed.</summary>
    private static readonly Dictionary<string, FacetField> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["source"] = FacetField.Source,
        ["publisher"] = FacetField.Source,
        ["byline"] = FacetField.Byline,
        ["author"] = FacetField.Byline,
        ["section"] = FacetField.Section,
        ["tag"] = FacetField.Tag,
        ["tags"] = FacetField.Tag,
        ["language"] = FacetField.Language,
        ["lang"] = FacetField.Language,
        ["year"] = FacetField.Year,
    };

    public static readonly Option<FacetField[]> Facets = new("--facet")
    {
        Description = "Count all matching articles by these fields, comma-separated: source, byline, section, tag, language, year",
        HelpName = "FIELDS",
        CustomParser = ParseFacets,
    };

    public static readonly Option<int> FacetLimit = CommonOptions.NonNegative(new("--facet-limit")
    {
        Description = "How many values to show per facet, most frequent first",
        HelpName = "N",
        DefaultValueFactory = _ => 10,
    });

    public static readonly Option<bool> Collapse = new("--collapse")
    {
        Description = "Show one article per story: copies of one story (near-duplicate bodies) are folded into the best-ranked, with '+N similar'",
    };

    /// <summary>The options to add to the query command.</summary>
    public static IEnumerable<Option> All => [Facets, FacetLimit, Collapse];

    /// <summary>Sets the facet and collapse parts of the query from the command line.</summary>
    public static NewsQuery Apply(ParseResult parse, NewsQuery query) => query with
    {
        Facets = parse.GetValue(Facets) ?? [],
        FacetLimit = parse.GetValue(FacetLimit),
        Collapse = parse.GetValue(Collapse),
    };

    /// <summary>Writes the facets after a text result list: one line per facet, <c>source: Reuters 12 · AP 3</c>.</summary>
    public static void WriteText(CommandContext context, NewsQuery query, SearchResults results)
    {
        if (results.Facets.Count == 0)
        {
            return;
        }

        var style = context.Style;
        var width = query.Facets.Distinct().Max(f => Name(f).Length) + 1;
        context.Output.WriteLine(style.Dim("facets over all " + Formats.Count(results.TotalHits, "match", "matches") + ":"));
        foreach (var facet in query.Facets.Distinct())
        {
            var values = results.Facets.TryGetValue(facet, out var found) ? found : [];
            var text = values.Count == 0
                ? style.Dim("(none)")
                : string.Join(style.Dim(" · "), values.Select(v => OneLine(v.Value) + " " + style.Accent(Formats.Number(v.Count))));
            context.Output.WriteLine("  " + style.Dim((Name(facet) + ":").PadRight(width + 1)) + text);
        }
    }

    /// <summary>
    /// Writes the facets as one last JSON line, <c>{"facets":{"source":[{"value":…,"count":…}],…}}</c>:
    /// it has no "id", so it is easy to tell from the hit lines (<c>jq 'select(.facets)'</c>).
    /// </summary>
    public static void WriteJson(CommandContext context, NewsQuery query, SearchResults results)
    {
        if (query.Facets.Count == 0)
        {
            return;
        }

        using var lines = new JsonLineWriter(context.Output);
        lines.WriteLine(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("facets");
            foreach (var facet in query.Facets.Distinct())
            {
                json.WriteStartArray(Name(facet));
                foreach (var value in results.Facets.TryGetValue(facet, out var found) ? found : [])
                {
                    json.WriteStartObject();
                    json.WriteString("value", value.Value);
                    json.WriteNumber("count", value.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes a hit's other copies as a <c>duplicates</c> array (with <c>--collapse</c>).</summary>
    public static void WriteDuplicates(Utf8JsonWriter json, IReadOnlyList<NearDuplicate> duplicates)
    {
        json.WriteStartArray("duplicates");
        foreach (var duplicate in duplicates)
        {
            WriteNearDuplicate(json, duplicate);
        }

        json.WriteEndArray();
    }

    public static void WriteNearDuplicate(Utf8JsonWriter json, NearDuplicate duplicate)
    {
        json.WriteStartObject();
        json.WriteString("id", duplicate.Id);
        WriteStringOrNull(json, "title", duplicate.Title);
        WriteStringOrNull(json, "source", duplicate.Source);
        WriteStringOrNull(json, "published", duplicate.Published is { } published ? Formats.IsoDate(published) : null);
        WriteStringOrNull(json, "url", duplicate.Url);
        json.WriteNumber("similarity", Math.Round(duplicate.Similarity, 2));
        json.WriteEndObject();
    }

    /// <summary>The user-facing name of a facet, as <c>--facet</c> takes it and output shows it.</summary>
    public static string Name(FacetField facet) => facet switch
    {
        FacetField.Tag => "tag",
        _ => facet.ToString().ToLowerInvariant(),
    };

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static FacetField[] ParseFacets(System.CommandLine.Parsing.ArgumentResult result)
    {
        var facets = new List<FacetField>();
        foreach (var token in result.Tokens)
        {
            foreach (var name in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Names.TryGetValue(name, out var facet))
                {
                    facets.Add(facet);
                }
                else
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"unknown facet '{name}' (facets: source, byline, section, tag, language, year)"));
                }
            }
        }

        return [.. facets.Distinct()];
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
