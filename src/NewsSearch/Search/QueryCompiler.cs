using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>Turns a <see cref="NewsQuery"/> into a Lucene query and filter, translating parse failures into one-line errors.</summary>
internal static class QueryCompiler
{
    public static readonly string TooManyClausesMessage = $"invalid query: it expands to more than {BooleanQuery.MaxClauseCount} terms; make wildcards or fuzzy terms more specific";

    /// <summary>The fewest plain words (stop words aside) for a query to be read as natural-language text.</summary>
    public const int VerboseWords = 5;

    /// <summary>From this many plain words on, a query is read as text whatever it looks like.</summary>
    public const int AlwaysVerboseWords = 8;

    /// <summary>The fewest plain words for a query that ends like a sentence (<c>.</c> or <c>?</c>) to be read as text.</summary>
    public const int SentenceWords = 4;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "why", "how", "when", "where", "who", "whom", "whose", "which", "did", "does", "do", "can", "could", "should", "would", "has", "have",
    };

    public static Query Parse(string text, Analyzer analyzer, bool matchAny) => Compile(text, analyzer, matchAny).Query;

    /// <summary>
    /// Parses <paramref name="text"/>: characters that only look like syntax are read as text
    /// (<see cref="AccidentalSyntax"/>), and a long natural-language query (a pasted paragraph, a
    /// question) is loosened from all words to any word, ranked with a preference for articles
    /// matching more of them; a short keyword query keeps requiring every word.
    /// </summary>
    /// <exception cref="InvalidQueryException">The text cannot be parsed.</exception>
    public static ParsedQuery Compile(string text, Analyzer analyzer, bool matchAny)
    {
        QueryLimits.CheckText(text);
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized == "*")
        {
            return new ParsedQuery(new MatchAllDocsQuery(), [], Verbose: false, ReadsAsText: false);
        }

        var escaped = AccidentalSyntax.Escape(normalized);
        var parser = new NewsQueryParser(analyzer, matchAny);
        Query query;
        try
        {
            try
            {
                query = parser.Parse(escaped);
            }
            catch (ParseException) when (LooksLikeProse(normalized))
            {
                // Pasted text with a stray quote or bracket: its words are what the user wants found.
                escaped = AccidentalSyntax.EscapeAll(normalized);
                parser = new NewsQueryParser(analyzer, matchAny);
                query = parser.Parse(escaped);
            }
        }
        catch (ParseException exception) when (exception.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw new InvalidQueryException(text, TooManyClausesMessage, exception);
        }
        catch (ParseException exception)
        {
            throw new InvalidQueryException(text, "invalid query: " + Explain(exception), exception);
        }
        catch (BooleanQuery.TooManyClausesException exception)
        {
            throw new InvalidQueryException(text, TooManyClausesMessage, exception);
        }

        var parts = parser.TopLevelParts(escaped);
        var readsAsText = IsVerbose(parts, normalized);
        return new ParsedQuery(WithPositiveClause(query), parts, Verbose: !matchAny && readsAsText, readsAsText);
    }

    /// <summary>
    /// A long query read as text: its plain words become optional (at least one must match; with
    /// <c>--any</c> they were already),
    /// fields, <c>+</c>, <c>-</c> and AND stay as they are. Articles matching more of the words rank
    /// higher because BM25 adds up what each word scores; an extra coordination factor on top
    /// (√ of the share of words matched) was measured and lost MAP on both public collections
    /// (benchmarks/README.md, "Relevance"): it lets many common words outweigh one rare word.
    /// A question's own words (<c>what</c>, <c>why</c>, <c>did</c>…) say what kind of answer is
    /// wanted, not what it is about, so they are left out, unless nothing else would be left; the
    /// parts returned list them as not searched, like stop words, so they still line up with the clauses.
    /// Unchanged when the clauses no longer line up with <paramref name="parts"/>.
    /// </summary>
    public static (Query Query, IReadOnlyList<QueryPart> Parts) Loosen(Query query, IReadOnlyList<QueryPart> parts)
    {
        var words = WordClauses(query, parts);
        if (words is null || query is not BooleanQuery boolean)
        {
            return (query, parts);
        }

        var parsed = parts.Where(p => p.Query is not null).ToList();
        var questionWords = words.Where(i => IsQuestionWord(parsed[i].Text)).ToHashSet();
        if (questionWords.Count == boolean.Clauses.Count(c => c.Occur != Occur.MUST_NOT))
        {
            questionWords.Clear();
        }

        var loosened = new BooleanQuery(disableCoord: true) { Boost = boolean.Boost };
        var madeOptional = false;
        for (var i = 0; i < boolean.Clauses.Count; i++)
        {
            var clause = boolean.Clauses[i];
            if (questionWords.Contains(i))
            {
                continue;
            }

            var optional = words.Contains(i) && clause.Occur == Occur.MUST;
            madeOptional |= optional;
            loosened.Add(clause.Query, optional ? Occur.SHOULD : clause.Occur);
        }

        // Words made optional beside a +word or a field: one of them must still match. (An --any
        // query's words were optional already, and keep meaning what they meant.)
        if (madeOptional && loosened.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            loosened.MinimumNumberShouldMatch = 1;
        }

        var dropped = questionWords.Select(i => parsed[i]).ToHashSet();
        return (loosened, [.. parts.Select(p => dropped.Contains(p) ? p with { Query = null } : p)]);
    }

    /// <summary>
    /// The positions of the top-level clauses that are plain words (not fields, <c>+</c>, <c>-</c>,
    /// AND or OR), which relaxation may drop; null when the query's clauses do not line up with the
    /// parts (a multi-word synonym merged several words into one clause).
    /// </summary>
    public static HashSet<int>? WordClauses(Query query, IReadOnlyList<QueryPart> parts)
    {
        var parsed = parts.Where(p => p.Query is not null).ToList();
        if (query is not BooleanQuery boolean || boolean.Clauses.Count != parsed.Count)
        {
            return null;
        }

        var words = new HashSet<int>();
        for (var i = 0; i < parsed.Count; i++)
        {
            if (parsed[i].Kind == QueryPartKind.Word)
            {
                words.Add(i);
            }
        }

        return words;
    }

    private static bool IsVerbose(IReadOnlyList<QueryPart> parts, string text)
    {
        if (parts.Any(p => p.Kind == QueryPartKind.Alternative))
        {
            return false;
        }

        var words = parts.Count(p => p.Kind == QueryPartKind.Word && p.Query is not null);
        if (words >= AlwaysVerboseWords)
        {
            return true;
        }

        // Someone listing keywords does not end them with a full stop or a question mark; someone
        // pasting a title or writing a question does. Requiring all four words of a pasted title
        // ("Information systems in the physical sciences.") leaves out most of what it is about.
        var endsLikeSentence = text.EndsWith('?') || text.EndsWith('.');
        if (words >= SentenceWords && endsLikeSentence)
        {
            return true;
        }

        // Five keywords are still keywords; five words with "the" or "what" in them are a
        // question or a pasted sentence.
        var readsAsSentence = parts.Any(p => p.Query is null)
            || parts.Any(p => p.Kind == QueryPartKind.Word && IsQuestionWord(p.Text));
        return words >= VerboseWords && readsAsSentence;
    }

    /// <summary>A plain word that asks (<c>what</c>, <c>Why</c>, <c>did</c>), ignoring punctuation typed after it.</summary>
    private static bool IsQuestionWord(string text) => QuestionWords.Contains(text.TrimEnd('?', '.', ',', '!', ';', ':'));

    private static bool LooksLikeProse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) >= AlwaysVerboseWords;

    /// <summary>The query's filters, or null when there are none.</summary>
    public static Filter? BuildFilter(NewsQuery request)
    {
        var dated = request.Since is not null || request.Until is not null;
        var since = request.Since?.ToUnixTimeMilliseconds();
        var until = request.Until?.ToUnixTimeMilliseconds();
        if (dated && request.Sources.Count == 0 && request.Sections.Count == 0 && request.Tags.Count == 0)
        {
            // Dates alone: the doc-values range filter itself, without a query wrapped around it,
            // which measurably slowed the date-range query (benchmarks/README.md).
            return new PublishedRangeFilter(since, until);
        }

        var filter = new BooleanQuery();
        if (dated)
        {
            filter.Add(PublishedRangeFilter.Query(since, until), Occur.MUST);
        }

        AddAnyOf(filter, FieldNames.Source, request.Sources);
        AddAnyOf(filter, FieldNames.Section, request.Sections);
        AddAnyOf(filter, FieldNames.Tags, request.Tags);
        // No caching wrapper: a new one per search never hits its cache and builds a bitset over every
        // document (much slower date filters in the benchmarks' profile); the wrapped query's
        // own iterator is cheaper.
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    /// <summary>
    /// For an all-words query: the same clauses, but of the plain words at <paramref name="words"/>
    /// at least <paramref name="minimum"/> must match; every other clause (a field, <c>+</c>,
    /// <c>-</c>, AND) stays as it is.
    /// </summary>
    public static Query Relax(Query query, IReadOnlySet<int> words, int minimum)
    {
        var boolean = (BooleanQuery)query;
        var relaxed = new BooleanQuery { Boost = boolean.Boost };
        for (var i = 0; i < boolean.Clauses.Count; i++)
        {
            var clause = boolean.Clauses[i];
            relaxed.Add(clause.Query, words.Contains(i) ? Occur.SHOULD : clause.Occur);
        }

        relaxed.MinimumNumberShouldMatch = minimum;
        return relaxed;
    }

    /// <summary>
    /// Whether to collect hits in document order. Out of order lets Lucene use BooleanScorer, which
    /// allocates a table of 2,048 buckets per segment per query: worth it for a disjunction of plain
    /// terms over many documents (a one-word query over the six text fields), a loss for everything
    /// else (a conjunction is scored in order anyway; prefix, fuzzy and phrase queries were faster
    /// in order in the benchmarks' profile).
    /// </summary>
    public static bool ScoresBestInOrder(Query query) =>
        !(query is BooleanQuery boolean && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery));

    /// <summary>
    /// Unicode compatibility forms and typographic minus signs confuse the parser (LUCENENET #846);
    /// curly quotes are what people paste from articles.
    /// </summary>
    internal static string Normalize(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            // ASCII is its own NFKC form and holds none of the characters replaced below.
            return text.Trim();
        }

        var builder = new StringBuilder(WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC));
        builder.Replace('\u2212', '-').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u201e', '"').Replace('\u00ab', '"').Replace('\u00bb', '"');
        return builder.ToString().Trim();
    }

    /// <summary>Half a surrogate pair is no character; Normalize throws on it, so it becomes U+FFFD as decoders do.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\ud800', '\udfff'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }

        return new string(chars);
    }

    private static Query WithPositiveClause(Query query)
    {
        // "-sport" alone would match nothing; users mean "everything except".
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private static void AddAnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, NormalizeKeyword(value))), Occur.SHOULD);
        }

        filter.Add(any, Occur.MUST);
    }

    /// <summary>The same normalisation as KeywordNormalizingAnalyzer, for filter values.</summary>
    internal static string NormalizeKeyword(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Explain(ParseException exception)
    {
        // Lucene's message spans lines and lists grammar tokens; keep the first useful sentence.
        var message = exception.Message;
        var encountered = message.IndexOf("Encountered", StringComparison.Ordinal);
        if (encountered >= 0)
        {
            message = message[encountered..];
            var expecting = message.IndexOf("Was expecting", StringComparison.Ordinal);
            if (expecting > 0)
            {
                message = message[..expecting];
            }
        }
        else if (message.StartsWith("Cannot parse", StringComparison.Ordinal) && message.IndexOf(": ", 14, StringComparison.Ordinal) is var colon and > 0)
        {
            message = message[(colon + 2)..];
        }

        message = string.Join(' ', message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.', ' ');
        return message.Contains("<EOF>", StringComparison.Ordinal)
            ? "the query ends too early (an unclosed quote, bracket or parenthesis, or an operator with nothing after it)"
            : message.Replace("\"", "'", StringComparison.Ordinal);
    }
}
