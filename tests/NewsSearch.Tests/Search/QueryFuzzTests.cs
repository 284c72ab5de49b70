using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search;

/// <summary>
/// Query parsing and search on 10,000 generated query strings (more with NEWSSEARCH_FUZZ_ITERATIONS):
/// the only exceptions are <see cref="InvalidQueryException"/> and other <see cref="NewsSearchException"/>s.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class QueryFuzzTests
{
    private static readonly string[] Tokens =
    [
        "\"", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "~", "~2", "~0.5", "~-1", "^", "^2", "^-3",
        "*", "?", ":", "title:", "headline:", "byline:", "date:", "source:", "tag:", "section:", "url:", "nofield:", "/", "/a.*b/", "/[/",
        "\\", "\\\"", "TO", "*", "ferry", "harbour", "Zürich", "新闻", "2018", "2018-11", "2018-11-05", "32/13/2018", "9999", "0001",
        "1e300", "-0", "\u2212", "\u201c", "\u201d", "\u0000", "\ud800", " ", "  ", "\t", "\n", "fer*", "*ry", "f?rry", "ferr~",
    ];

    [Fact]
    public void Search_GeneratedQueries_OnlyNewsSearchExceptions()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "f1", title: "Ferry strike ends in Portsmouth", body: "Crews returned on Monday; Zürich and 新闻 too.", published: Articles.Date(2018, 11, 5), tags: ["transport"], section: "local"),
            Articles.Any(id: "f2", title: "Harbour fares rise", body: "Operators raised fares by a tenth.", published: Articles.Date(2020, 1, 2)),
            Articles.Any(id: "f3", title: null, body: "A body without a headline about the ferry.", source: null));
        var tokens = Gen.Elements(Tokens);
        var glued = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(tokens, n)).SelectMany(parts => Gen.Elements("", " ").Select(separator => string.Join(separator, parts)));
        var text = Gen.Frequency((5, glued), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));
        var queries = text.SelectMany(t => Gen.Choose(0, 15).Select(options => new NewsQuery(t)
        {
            MatchAny = (options & 1) != 0,
            Sort = (SortOrder)((options >> 1) % 3),
            Skip = (options & 8) != 0 ? 1 : 0,
            Highlight = (options & 4) != 0,
        }));

        var property = Prop.ForAll(queries.ToArbitrary(), query =>
        {
            try
            {
                var results = index.Search(query);
                return results.Hits.Count <= results.TotalHits;
            }
            catch (NewsSearchException exception)
            {
                return !exception.Message.Contains('\n', StringComparison.Ordinal);
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzInputs.Iterations).WithQuietOnSuccess(true), property);
    }
}
