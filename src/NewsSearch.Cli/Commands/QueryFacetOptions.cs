using System.CommandLine;
using System.Globalization;

namespace NewsSearch.Cli.Commands;

/// <summary>
/// The facet and collapse options of <c>newssearch query</c>, kept apart from QueryCommand so the
/// two can change independently; Output/FacetWriter writes what they produce.
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
}
