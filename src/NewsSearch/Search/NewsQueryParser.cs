using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Exact;
using NewsSearch.Search.Scoring;

namespace NewsSearch.Search;

/// <summary>
/// The classic Lucene query syntax over the news schema: words search every text field with
/// boosts, user-facing field aliases resolve to schema fields, <c>date:</c> takes years, months,
/// days and ranges, and a word before a colon that names no field is searched as text (so
/// <c>Update: Xinjiang</c> is not an error).
/// </summary>
internal sealed partial class NewsQueryParser : MultiFieldQueryParser
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
    private readonly List<ClauseRecord> _clauses = [];

    public NewsQueryParser(Analyzer analyzer, bool matchAny)
        : base(LuceneDefaults.Version, [.. FieldNames.DefaultSearchFields], analyzer, new Dictionary<string, float>(Boosts))
    {
        DefaultOperator = matchAny ? OR_OPERATOR : AND_OPERATOR;
        AllowLeadingWildcard = true;
        FuzzyPrefixLength = 1;
        AutoGeneratePhraseQueries = true;
    }

    /// <summary>
    /// The top-level clauses of the last parse of <paramref name="parsedText"/>, with the text and
    /// operators the user gave each, including clauses of stop words only (with a null query).
    /// </summary>
    public IReadOnlyList<QueryPart> TopLevelParts(string parsedText)
    {
        if (_clauses.Count == 0)
        {
            return [];
        }

        // Clauses of nested groups are added before the group itself, so the last clause added
        // belongs to the top level, and the list it was added to identifies the others.
        var top = _clauses[^1].Owner;
        var records = _clauses.Where(r => ReferenceEquals(r.Owner, top)).ToList();
        var parts = new List<QueryPart>(records.Count);
        var start = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var end = Math.Clamp(record.End, start, parsedText.Length);
            var raw = StripOperators(parsedText[start..end]);
            start = end;
            var nextConjunction = i + 1 < records.Count ? records[i + 1].Conjunction : CONJ_NONE;
            var kind = record.Modifiers switch
            {
                MOD_NOT => QueryPartKind.Excluded,
                MOD_REQ => QueryPartKind.Required,
                _ when record.Conjunction == CONJ_AND || nextConjunction == CONJ_AND => QueryPartKind.Required,
                _ when record.Conjunction == CONJ_OR || nextConjunction == CONJ_OR => QueryPartKind.Alternative,
                _ when FieldPrefix().IsMatch(raw) => QueryPartKind.Field,
                _ => QueryPartKind.Word,
            };
            parts.Add(new QueryPart(Unescape(raw), kind, record.Query));
        }

        return parts;
    }

    protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, Query q)
    {
        // The parser's current token is the clause's last one: its end marks where the clause ends in the text.
        _clauses.Add(new ClauseRecord(clauses, conj, mods, q, Token?.EndColumn ?? 0));
        base.AddClause(clauses, conj, mods, q);
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null)
        {
            return AcrossTextFields(queryText, quoted, slop: null)!;
        }

        if (field == "*")
        {
            return base.GetFieldQuery(field, queryText, quoted);
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

    // A quoted phrase. "a b"~-1 parses to a negative slop, which PhraseQuery rejects with ArgumentOutOfRangeException; read it as exact.
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var resolved = field is null ? null : Resolve(field);
        var stemmed = resolved is null
            ? AcrossTextFields(queryText, quoted: true, Math.Max(0, slop))
            : base.GetFieldQuery(resolved, queryText, Math.Max(0, slop));
        if (slop > 0)
        {
            return stemmed!;
        }

        // Without slop the phrase means the words as written (see ExactPhraseQuery).
        IReadOnlyList<string>? fields = resolved is null ? m_fields : FieldNames.DefaultSearchFields.Contains(resolved) ? [resolved] : null;
        return fields is null ? stemmed! : ExactPhraseQuery.Filter(stemmed, fields, queryText)!;
    }

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

    /// <summary>
    /// What MultiFieldQueryParser makes of a word or phrase without a field (the same query in each
    /// text field, with the field's boost), but analysing the text once instead of once per field:
    /// every text field has the same analysis (<see cref="NewsAnalyzer"/>), and analysis was most
    /// of a one-word query's parse. Queries other than a term or a phrase are analysed per field as before.
    /// </summary>
    private Query? AcrossTextFields(string queryText, bool quoted, int? slop)
    {
        var template = base.GetFieldQuery(m_fields[0], queryText, quoted);
        if (template is null)
        {
            // Only stop words: they are stop words in every field.
            return null;
        }

        var clauses = new List<BooleanClause>(m_fields.Length);
        for (var i = 0; i < m_fields.Length; i++)
        {
            var query = i == 0 ? template : InField(template, m_fields[i]) ?? base.GetFieldQuery(m_fields[i], queryText, quoted);
            if (query is null)
            {
                continue;
            }

            query.Boost = m_boosts[m_fields[i]];
            switch (query)
            {
                case PhraseQuery phrase when slop is { } phraseSlop:
                    phrase.Slop = phraseSlop;
                    break;
                case MultiPhraseQuery multiPhrase when slop is { } multiSlop:
                    multiPhrase.Slop = multiSlop;
                    break;
            }

            clauses.Add(new BooleanClause(query, Occur.SHOULD));
        }

        // A plain word is scored once over all its fields (BM25F); phrases and the rest per field.
        return CrossFieldWordQuery.CanHold(clauses)
            ? new CrossFieldWordQuery(clauses.Select(c => (TermQuery)c.Query))
            : GetBooleanQuery(clauses, disableCoord: true);
    }

    /// <summary>The same term or phrase in <paramref name="field"/>; null for any other query.</summary>
    private static Query? InField(Query query, string field)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(new Term(field, BytesRef.DeepCopyOf(term.Term.Bytes)));
            case PhraseQuery phrase:
                var copy = new PhraseQuery { Slop = phrase.Slop };
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                for (var i = 0; i < terms.Length; i++)
                {
                    copy.Add(new Term(field, BytesRef.DeepCopyOf(terms[i].Bytes)), positions[i]);
                }

                return copy;
            default:
                return null;
        }
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

    private static string StripOperators(string clause)
    {
        var text = clause.Trim();
        foreach (var op in (string[])["AND ", "OR ", "NOT ", "+", "-"])
        {
            if (text.StartsWith(op, StringComparison.Ordinal))
            {
                text = text[op.Length..].TrimStart();
            }
        }

        return text;
    }

    private static string Unescape(string text) => text.Contains('\\', StringComparison.Ordinal) ? EscapedCharacter().Replace(text, "$1") : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\*?[\p{L}*]+:(?!\s)")]
    private static partial System.Text.RegularExpressions.Regex FieldPrefix();

    [System.Text.RegularExpressions.GeneratedRegex(@"\\(.)")]
    private static partial System.Text.RegularExpressions.Regex EscapedCharacter();

    /// <summary>A clause as the parser added it, and where its text ends (its last token's end).</summary>
    private sealed record ClauseRecord(IList<BooleanClause> Owner, int Conjunction, int Modifiers, Query? Query, int End);

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
