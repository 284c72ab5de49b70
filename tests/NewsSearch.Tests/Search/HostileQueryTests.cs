using System.Diagnostics;
using NewsSearch.Tests.Support;
using Xunit.Abstractions;

namespace NewsSearch.Tests.Search;

/// <summary>
/// Queries that are malformed, huge or expensive get a correct result in bounded time or a clear
/// one-line error; none hangs, crashes or leaks a Lucene stack trace.
/// </summary>
public sealed class HostileQueryTests : IClassFixture<HostileQueryFixture>
{
    // The default time limit (5 s) plus room for a regular expression at the complexity limit to
    // compile on a slow CI core before the limit can be checked.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(12);
    private readonly HostileQueryFixture _index;
    private readonly ITestOutputHelper _output;

    public HostileQueryTests(HostileQueryFixture index, ITestOutputHelper output)
    {
        _index = index;
        _output = output;
    }

    public static TheoryData<string> Hostile => new()
    {
        "\"unbalanced quote",
        "unbalanced \"quote\" \"",
        "(open bracket",
        "close bracket)",
        "((((((((((((((((((((deep))))))))))))))))))))",
        "[2018 TO",
        "date:[2018 TO",
        "title:(",
        "title:",
        ":",
        "AND",
        "OR",
        "NOT",
        "AND OR NOT",
        "-",
        "+",
        "&&",
        "||",
        "!",
        "~",
        "^",
        "*",
        "?",
        "**",
        "*?*?*?*?*",
        "*ka",
        "*a*",
        "?a*",
        "*a??????????????",
        "body:*",
        "title:[a TO z]",
        "{* TO *}",
        "/.*/",
        "/.*a.{20}/",
        "/(a|b)*a(a|b){14}/",
        "/(.*a){20}/",
        "/a{100000}/",
        "/[/",
        "/(/",
        "/~(a&b)/",
        "/<1-999999999>/",
        "ka~2",
        "kalomi~2 sazeti~2 ruvo~2 nequ~2",
        "k~",
        "kalominesazetivoqu~2",
        "\"ka lo mi ne ru sa ti vo\"~1000000",
        "ka^1e300",
        "ka^-1",
        "\"ka\"~-1",
        "a:b:c:d:e",
        "\\",
        "\\\\\\",
        "\u0000\u0001\u0002",
        "\ud800",
        "\u2212ka \u201cquoted\u201d",
        "date:32/13/2018",
        "date:[9999 TO 1]",
        "source:",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Search_HostileQuery_AnswersOrFailsClearlyInBoundedTime(string text)
    {
        var (elapsed, failure) = Timed(() => _index.Searcher.Search(new NewsQuery(text)));

        _output.WriteLine($"{elapsed.TotalMilliseconds:0} ms  {Shorten(text)}  {failure?.Message ?? "ok"}");
        Assert.True(elapsed < Bound, $"'{text}' took {elapsed}");
        AssertClear(failure);
    }

    [Fact]
    public void Search_TenThousandWords_FailsClearlyAtOnce()
    {
        var text = string.Join(' ', Enumerable.Range(0, 10_000).Select(GeneratedArchive.Word));

        var (elapsed, failure) = Timed(() => _index.Searcher.Search(new NewsQuery(text)));

        _output.WriteLine($"10,000 words: {elapsed.TotalMilliseconds:0} ms: {failure?.Message}");
        var invalid = Assert.IsType<InvalidQueryException>(failure);
        Assert.Equal("invalid query: it has 10,000 words; at most 1,024 are allowed", invalid.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), elapsed.ToString());
    }

    [Fact]
    public void Search_ThousandWordsNoArticleHasAll_MatchesAnyWordInOneRun()
    {
        // 1,000 words, of which one article (gen-7) holds its title word and one other: read as
        // pasted text, the query matches any of its words in one run, and gen-7, holding the
        // rare one, is among the hits.
        var words = Enumerable.Range(0, 998).Select(i => "zz" + GeneratedArchive.Word(i)).Concat(["report", GeneratedArchive.Word(7)]);
        var text = string.Join(' ', words);

        // Suggestions and synonyms off: this measures the relaxation alone, with no time limit to hide a slow loop.
        var query = new NewsQuery(text) { Highlight = false, Timeout = TimeSpan.Zero, SuggestSpelling = false, ExpandSynonyms = false };

        var (elapsed, failure) = Timed(() => _index.Searcher.Search(query), out var results);

        // One run of this query takes a few hundred milliseconds (6,000 term lookups); 998 runs would take minutes.
        _output.WriteLine($"1,000 words, any word: {elapsed.TotalMilliseconds:0} ms");
        Assert.Null(failure);
        Assert.True(results!.MatchedAnyWord);
        Assert.Null(results.PartialMatch);
        Assert.Contains(results.Hits, hit => hit.Id == "gen-7");
        Assert.True(elapsed < TimeSpan.FromSeconds(30), elapsed.ToString());
    }

    [Fact]
    public void Search_ThousandWordsWithEveryFeatureOn_AnswersOrStopsWithinTheDefaultLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 998).Select(i => "zz" + GeneratedArchive.Word(i)).Concat(["report", GeneratedArchive.Word(7)]));

        var (elapsed, failure) = Timed(() => _index.Searcher.Search(new NewsQuery(text)));

        _output.WriteLine($"1,000 words, defaults: {elapsed.TotalMilliseconds:0} ms: {failure?.Message ?? "answered"}");
        Assert.True(failure is null or QueryTimeoutException, failure?.ToString());
        Assert.True(elapsed < Bound, elapsed.ToString());
    }

    [Fact]
    public void Search_DeepOffset_ReturnsNoHitsButTheTotal()
    {
        var results = _index.Searcher.Search(new NewsQuery("*") { Skip = 10_000_000, Take = 10 });

        Assert.Empty(results.Hits);
        Assert.Equal(HostileQueryFixture.ArticleCount, results.TotalHits);
    }

    [Fact]
    public void Search_HugeTake_ReturnsEveryHitOnce()
    {
        var results = _index.Searcher.Search(new NewsQuery("*") { Take = int.MaxValue, Highlight = false });

        Assert.Equal(HostileQueryFixture.ArticleCount, results.Hits.Count);
        Assert.Equal(HostileQueryFixture.ArticleCount, results.Hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Search_LeadingWildcard_FindsTheSameAsTheWordItself()
    {
        var word = GeneratedArchive.Word(12_345);

        var exact = _index.Searcher.Search(new NewsQuery("body:" + word) { Take = 0 });
        var wildcard = _index.Searcher.Search(new NewsQuery("body:*" + word[1..]) { Take = 0 });

        Assert.True(exact.TotalHits > 0);
        Assert.True(wildcard.TotalHits >= exact.TotalHits);
    }

    [Fact]
    public void Search_TinyTimeLimit_StopsWithQueryTimeoutException()
    {
        var query = new NewsQuery("*a* OR *e* OR *o*~ OR ka~2 OR lo~2") { Timeout = TimeSpan.FromMilliseconds(1), Take = 1000 };

        var (elapsed, failure) = Timed(() => _index.Searcher.Search(query));

        var timeout = Assert.IsType<QueryTimeoutException>(failure);
        Assert.Equal(TimeSpan.FromMilliseconds(1), timeout.Limit);
        Assert.StartsWith("the query was stopped at its time limit of 0.001 s", timeout.Message, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), elapsed.ToString());
    }

    [Fact]
    public void Search_NoTimeLimit_RunsTheExpensiveQueryToTheEnd()
    {
        var query = new NewsQuery("*a*") { Timeout = TimeSpan.Zero, Take = 5 };

        var results = _index.Searcher.Search(query);

        Assert.Equal(HostileQueryFixture.ArticleCount, results.TotalHits);
    }

    [Fact]
    public void Search_AfterATimeout_TheSearcherStillWorks()
    {
        Assert.Throws<QueryTimeoutException>(() => _index.Searcher.Search(new NewsQuery("*a*") { Timeout = TimeSpan.FromTicks(1) }));

        var results = _index.Searcher.Search(new NewsQuery(GeneratedArchive.Word(7)));

        Assert.Contains(results.Hits, hit => hit.Id == "gen-7");
    }

    private static void AssertClear(Exception? failure)
    {
        if (failure is null)
        {
            return;
        }

        Assert.True(failure is NewsSearchException, $"{failure.GetType().Name}: {failure.Message}\n{failure.StackTrace}");
        Assert.DoesNotContain('\n', failure.Message);
        Assert.DoesNotContain("Lucene", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failure.Message, StringComparison.Ordinal);
    }

    private static (TimeSpan Elapsed, Exception? Failure) Timed(Action action) => Timed(() => { action(); return 0; }, out _);

    private static (TimeSpan Elapsed, Exception? Failure) Timed<T>(Func<T> action, out T? result)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            result = action();
            return (clock.Elapsed, null);
        }
        catch (Exception exception)
        {
            result = default;
            return (clock.Elapsed, exception);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
