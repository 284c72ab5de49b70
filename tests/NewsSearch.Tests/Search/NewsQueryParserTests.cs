using Lucene.Net.QueryParsers.Classic;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search;

namespace NewsSearch.Tests.Search;

public sealed class NewsQueryParserTests
{
    /// <summary>
    /// The parser analyses a word without a field once and copies it to every text field; the
    /// query must be exactly what MultiFieldQueryParser makes by analysing each field.
    /// </summary>
    [Theory]
    [InlineData("market")]
    [InlineData("oil prices")]
    [InlineData("bank interest rates")]
    [InlineData("\"interest rates\"")]
    [InlineData("\"oil opec\"~5")]
    [InlineData("\"oil the opec\"~2")]
    [InlineData("e-mail wi-fi")]
    [InlineData("U.S. AT&T")]
    [InlineData("Zürich's Uyghurs")]
    [InlineData("the")]
    [InlineData("the oil")]
    [InlineData("oil OR gas -coal +price")]
    [InlineData("(oil AND gas) OR \"natural gas\"^2")]
    [InlineData("market^3 chrysler~ petro*")]
    [InlineData("新疆 棉花")]
    public void Parse_WordsWithoutField_SameAsAnalysingEveryField(string text)
    {
        var analyzer = NewsAnalyzer.Create();
        foreach (var matchAny in new[] { false, true })
        {
            var classic = new MultiFieldQueryParser(LuceneDefaults.Version, [.. FieldNames.DefaultSearchFields], analyzer, new Dictionary<string, float>(NewsQueryParser.Boosts))
            {
                DefaultOperator = matchAny ? Operator.OR : Operator.AND,
                AllowLeadingWildcard = true,
                FuzzyPrefixLength = 1,
                AutoGeneratePhraseQueries = true,
            };

            var expected = classic.Parse(text).ToString();
            // A quoted phrase is the same stemmed phrase, filtered to the words as written (ExactPhraseTests).
            var actual = WithoutExactFilters(new NewsQueryParser(analyzer, matchAny).Parse(text)).ToString();

            Assert.Equal(expected, actual);
        }
    }

    private static Lucene.Net.Search.Query WithoutExactFilters(Lucene.Net.Search.Query query)
    {
        switch (query)
        {
            case Lucene.Net.Search.FilteredQuery filtered:
                var inner = WithoutExactFilters(filtered.Query);
                inner.Boost *= filtered.Boost;
                return inner;
            case Lucene.Net.Search.BooleanQuery boolean:
                var copy = new Lucene.Net.Search.BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(WithoutExactFilters(clause.Query), clause.Occur);
                }

                return copy;
            default:
                return query;
        }
    }
}
