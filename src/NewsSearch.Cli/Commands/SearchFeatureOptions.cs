using System.CommandLine;

namespace NewsSearch.Cli.Commands;

/// <summary>The query options for spelling variants and score explanations, and how they map to the library.</summary>
internal static class SearchFeatureOptions
{
    public static readonly Option<string[]> Synonyms = new("--synonyms")
    {
        Description = "Add spelling variants from FILE: one group per line, comma-separated (Navalny, Navalnyy), # comments; repeat for several",
        HelpName = "FILE",
    };

    public static readonly Option<bool> NoSynonyms = new("--no-synonyms")
    {
        Description = "Search only the spellings typed, without the built-in variants (Uighur/Uyghur, Kiev/Kyiv …) or --synonyms",
    };

    public static readonly Option<bool> Explain = new("--explain")
    {
        Description = "Show why each hit scored as it did: the fields and words that matched, boosts, synonyms and score parts",
    };

    public static NewsQuery Apply(ParseResult parse, NewsQuery query, bool countOnly) => query with
    {
        ExpandSynonyms = !parse.GetValue(NoSynonyms),
        Explain = parse.GetValue(Explain) && !countOnly,
        SuggestSpelling = !countOnly,
    };

    /// <summary>The searcher of one command-line query: it serves that query and exits.</summary>
    public static NewsSearcherOptions SearcherOptions(ParseResult parse)
    {
        var files = parse.GetValue(Synonyms) ?? [];
        return new NewsSearcherOptions { SynonymFiles = files.Length == 0 || parse.GetValue(NoSynonyms) ? [] : files, FewSearches = true };
    }
}
