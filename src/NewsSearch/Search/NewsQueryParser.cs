using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>
/// The classic Lucene query syntax over the news schema: words search every text field with
/// boosts, user-facing field aliases resolve to schema fields, <c>date:</c> takes years, months,
/// days and ranges, and a word before a colon that names no field is searched as text (so
/// <c>Update: Xinjiang</c> is not an error).
/// </summary>
internal sealed class NewsQueryParser : MultiFieldQueryParser
{
    /// <summary>Field boosts for words without a field: a headline hit says more than a passing mention.</summary>
    public static IReadOnlyDictionary<string, float> Boosts { get; } = new Dictionary<string, float>
    {
        [FieldNames.Title] = 3.0f,
        [FieldNames.Subtitle] = 2.0f,
        [FieldNames.Captions] = 1.5f,
        [FieldNames.Body] = 1.0f,
        [FieldNames.Byline] = 1.0f,
        [FieldNames.Dateline] = 1.0f,
    };

    private readonly Dictionary<string, Automaton> _automata = new(StringComparer.Ordinal);

    public NewsQueryParser(Analyzer analyzer, bool matchAny)
        : base(LuceneDefaults.Version, [.. FieldNames.DefaultSearchFields], analyzer, new Dictionary<string, float>(Boosts))
    {
        DefaultOperator = matchAny ? OR_OPERATOR : AND_OPERATOR;
        AllowLeadingWildcard = true;
        FuzzyPrefixLength = 1;
        AutoGeneratePhraseQueries = true;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null || field == "*")
        {
            return base.GetFieldQuery(field!, queryText, quoted);
        }

        if (!FieldAliases.TryResolve(field, out var resolved))
        {
            // "Update: Xinjiang" is text with a colon, not a field: search both words.
            var occur = DefaultOperator == AND_OPERATOR ? Occur.MUST : Occur.SHOULD;
            var both = new BooleanQuery();
            foreach (var part in new[] { GetFieldQuery(null!, field, false), GetFieldQuery(null!, queryText, quoted) })
            {
                if (part is not null)
                {
                    both.Add(part, occur);
                }
            }

            return both;
        }

        if (resolved == FieldAliases.Date)
        {
            return DateQuery(queryText, queryText);
        }

        return base.GetFieldQuery(resolved, queryText, quoted);
    }

    // "a b"~-1 parses to a negative slop, which PhraseQuery rejects with ArgumentOutOfRangeException; read it as exact.
    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Resolve(field), queryText, Math.Max(0, slop));

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var resolved = Resolve(field);
        if (resolved == FieldAliases.Date)
        {
            return DateQuery(part1, part2, startInclusive, endInclusive);
        }

        return base.GetRangeQuery(resolved, part1, part2, startInclusive, endInclusive);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Resolve(field), termStr, minSimilarity);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Resolve(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Resolve(field), termStr);

    protected override Query GetRegexpQuery(string field, string termStr) =>
        base.GetRegexpQuery(Resolve(field), termStr);

    protected override Query NewRegexpQuery(Term regexp)
    {
        // Bounded before compiling (see QueryLimits), without the operators (~ & <1-9> @ #) whose
        // automata explode, and compiled once for all the fields a word without a field searches.
        if (QueryLimits.CheckRegex(regexp.Text) is { } problem)
        {
            throw new ParseException(problem);
        }

        return new AutomatonQuery(regexp, Compile("/" + regexp.Text, () => new RegExp(regexp.Text, RegExpSyntax.NONE).ToAutomaton())) { MultiTermRewriteMethod = MultiTermRewriteMethod };
    }

    protected override Query NewWildcardQuery(Term t)
    {
        if (QueryLimits.CheckWildcard(t.Text) is { } problem)
        {
            throw new ParseException(problem);
        }

        return new AutomatonQuery(t, Compile("*" + t.Text, () => WildcardQuery.ToAutomaton(t))) { MultiTermRewriteMethod = MultiTermRewriteMethod };
    }

    private Automaton Compile(string key, Func<Automaton> build)
    {
        if (!_automata.TryGetValue(key, out var automaton))
        {
            try
            {
                automaton = build();
            }
            catch (ArgumentException exception)
            {
                throw new ParseException($"invalid pattern: {exception.Message.ReplaceLineEndings(" ")}");
            }

            // Minimised once here, so the queries sharing it never change it.
            MinimizationOperations.Minimize(automaton);
            _automata[key] = automaton;
        }

        return automaton;
    }

    private static string Resolve(string field)
    {
        if (field is null || field == "*")
        {
            return field!;
        }

        if (FieldAliases.TryResolve(field, out var resolved))
        {
            return resolved;
        }

        throw new ParseException($"unknown field '{field}:' (fields: title, subtitle, byline, caption, source, section, tag, dateline, body, date, url, language)");
    }

    private static Query DateQuery(string? from, string? to, bool fromInclusive = true, bool toInclusive = true)
    {
        long? lower = null, upper = null;
        if (from is not null and not "*")
        {
            var period = ParseDate(from);
            lower = fromInclusive ? period.Start.ToUnixTimeMilliseconds() : period.End.ToUnixTimeMilliseconds() + 1;
        }

        if (to is not null and not "*")
        {
            var period = ParseDate(to);
            upper = toInclusive ? period.End.ToUnixTimeMilliseconds() : period.Start.ToUnixTimeMilliseconds() - 1;
        }

        return PublishedRangeFilter.Query(lower, upper);
    }

    private static DatePeriod ParseDate(string text) =>
        DatePeriod.TryParse(text, out var period)
            ? period
            : throw new ParseException($"cannot read '{text}' as a date (use 2018, 2018-11, 2018-11-05 or [2018-01-01 TO 2018-12-31])");
}
