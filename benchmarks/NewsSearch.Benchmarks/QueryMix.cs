namespace NewsSearch.Benchmarks;

/// <summary>
/// The query mix of the search benchmarks: one query per kind. The words occur in the real corpora
/// (and so in the recombined corpus) and are planted at matching frequencies in the Zipf corpus.
/// </summary>
internal static class QueryMix
{
    public static IReadOnlyList<SearchCase> All { get; } =
    [
        new("common", "market", "market"),
        new("rare", "boesky", "boesky"),
        new("and2", "oil prices", "oil prices"),
        new("and3", "bank interest rates", "bank interest rates"),
        new("phrase", "\"interest rates\"", "\"interest rates\""),
        new("proximity", "\"oil opec\"~5", "NEAR(oil opec, 5)"),
        new("fuzzy", "chrysler~", null) { Fuzzy = ("chrysler", 1, 2) },
        new("prefix", "petro*", "petro*"),
        new("title", "title:oil", "title : oil"),
        new("daterange", "oil", "oil") { Since = new(1987, 3, 1, 0, 0, 0, TimeSpan.Zero), Until = new(1992, 12, 31, 23, 59, 59, TimeSpan.Zero) },
        new("sortdate", "oil", "oil") { Newest = true },

        // The tail: queries that find little, for which NewsSearch also looks for a better spelling.
        // Counts are Reuters-21578's; the recombined corpus copies sentences, so it has more.
        new("fewhits", "milken", "milken"),
        new("typo", "bundesbnak", "bundesbnak"),
        new("zerotypo", "gorbahcev", "gorbahcev"),
        new("zero", "cocoa volcker", "cocoa volcker"),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static SearchCase Get(string name) => All.Single(c => c.Name == name);

    public static NewsQuery ToNewsQuery(SearchCase searchCase, bool highlight) => new(searchCase.Text)
    {
        Since = searchCase.Since,
        Until = searchCase.Until,
        Sort = searchCase.Newest ? SortOrder.Newest : SortOrder.Relevance,
        Highlight = highlight,
        Take = 10,
    };
}
