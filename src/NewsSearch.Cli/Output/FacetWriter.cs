namespace NewsSearch.Cli.Output;

/// <summary>Writes the facet counts of <c>query --facet</c>, as text after the hits or as one last JSON line.</summary>
internal static class FacetWriter
{
    /// <summary>The user-facing name of a facet, as <c>--facet</c> takes it and output shows it.</summary>
    public static string Name(FacetField facet) => facet switch
    {
        FacetField.Tag => "tag",
        _ => facet.ToString().ToLowerInvariant(),
    };

    /// <summary>Writes the facets after a text result list: one line per facet, <c>source: Reuters 12 · AP 3</c>.</summary>
    public static void WriteText(TextWriter output, TextStyle style, NewsQuery query, SearchResults results)
    {
        if (results.Facets.Count == 0)
        {
            return;
        }

        var width = query.Facets.Distinct().Max(f => Name(f).Length) + 1;
        output.WriteLine(style.Dim("facets over all " + Formats.Count(results.TotalHits, "match", "matches") + ":"));
        foreach (var facet in query.Facets.Distinct())
        {
            var values = results.Facets.TryGetValue(facet, out var found) ? found : [];
            var text = values.Count == 0
                ? style.Dim("(none)")
                : string.Join(style.Dim(" · "), values.Select(v => OneLine(v.Value) + " " + style.Accent(Formats.Number(v.Count))));
            output.WriteLine("  " + style.Dim((Name(facet) + ":").PadRight(width + 1)) + text);
        }
    }

    /// <summary>
    /// Writes the facets as one last JSON line, <c>{"facets":{"source":[{"value":…,"count":…}],…}}</c>:
    /// it has no "id", so it is easy to tell from the hit lines (<c>jq 'select(.facets)'</c>).
    /// </summary>
    public static void WriteJson(TextWriter output, NewsQuery query, SearchResults results)
    {
        if (query.Facets.Count == 0)
        {
            return;
        }

        using var lines = new JsonLineWriter(output);
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

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
