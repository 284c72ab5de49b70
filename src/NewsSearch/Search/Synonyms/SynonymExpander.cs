using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Indexing;
using NewsSearch.Search.Exact;
using NewsSearch.Search.Scoring;

namespace NewsSearch.Search.Synonyms;

/// <summary>
/// Expands a parsed query with spelling variants: each term or phrase on a text field whose
/// analysed form is a synonym entry becomes "it OR its variants" in the same field with the same
/// boost (multi-word variants as phrases). Runs of plain words that spell a multi-word entry
/// (<c>Ho Chi Minh City</c>) are matched too. Built on the parsed query rather than with a
/// SynonymFilter in the analyser, because multi-word synonyms at query time break ShingleFilter
/// and the query parser (LUCENENET #946), and the index stays unchanged.
/// </summary>
internal sealed class SynonymExpander
{
    private static readonly HashSet<string> TextFields = new(FieldNames.DefaultSearchFields, StringComparer.Ordinal);

    private readonly SynonymMaps _maps;
    private readonly Dictionary<string, (string Word, List<SynonymEntry> Variants)> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _variantOf = new(StringComparer.Ordinal);

    private SynonymExpander(SynonymMaps maps)
    {
        _maps = maps;
    }

    public static ExpandedQuery Expand(Query query, SynonymMaps maps)
    {
        if (maps.IsEmpty || !HasSynonymTerm(query, maps))
        {
            return ExpandedQuery.Unchanged(query);
        }

        var expander = new SynonymExpander(maps);
        var expanded = expander.Rewrite(query);
        var expansions = expander._used.Values
            .Select(u => (u.Word, (IReadOnlyList<SynonymEntry>)u.Variants))
            .ToList();
        return new ExpandedQuery(expanded, expansions, expander._variantOf);
    }

    /// <summary>
    /// Whether any term that <see cref="Rewrite"/> looks at belongs to a synonym entry. Most queries
    /// have none, and then the query is used as parsed instead of being copied clause by clause.
    /// </summary>
    private static bool HasSynonymTerm(Query query, SynonymMaps maps) => query switch
    {
        TermQuery term => TextFields.Contains(term.Term.Field) && maps.For(term.Term.Field).HasTerm(term.Term.Text),
        PhraseQuery phrase => IsTextPhrase(phrase) && phrase.GetTerms().Any(t => maps.For(t.Field).HasTerm(t.Text)),
        BooleanQuery boolean => boolean.Clauses.Any(c => HasSynonymTerm(c.Query, maps)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.Any(d => HasSynonymTerm(d, maps)),
        FilteredQuery filtered => HasSynonymTerm(filtered.Query, maps),
        _ => false,
    };

    private Query Rewrite(Query query) => query switch
    {
        TermQuery term when TextFields.Contains(term.Term.Field) => RewriteTerm(term),
        PhraseQuery phrase when IsTextPhrase(phrase) => RewritePhrase(phrase),
        BooleanQuery boolean => RewriteBoolean(boolean),
        DisjunctionMaxQuery disjunction => RewriteDisjunction(disjunction),
        FilteredQuery filtered => RewriteFiltered(filtered),
        _ => query,
    };

    /// <summary>
    /// A quoted phrase (see ExactPhraseQuery): the stemmed phrase gets its variants, and the exact
    /// filter lets a word with one-word variants match in any of them, in any form; when the whole
    /// phrase has variants of its own ("Ho Chi Minh City", Saigon), the filter goes.
    /// </summary>
    private Query RewriteFiltered(FilteredQuery filtered)
    {
        var inner = Rewrite(filtered.Query);
        if (ReferenceEquals(inner, filtered.Query) || filtered.Filter is not QueryWrapperFilter { Query: ExactPhraseQuery exact })
        {
            return ReferenceEquals(inner, filtered.Query) ? filtered : new FilteredQuery(inner, filtered.Filter, filtered.Strategy);
        }

        var map = _maps.For(exact.Fields[0]);
        var key = string.Join(' ', exact.Words.Where(w => !w.IsStopWord).Select(w => w.Stem));
        if (map.VariantsOf(key).Count > 0)
        {
            return inner;
        }

        var words = exact.Words
            .Select(w => w.IsStopWord ? w : w with { Variants = [.. map.VariantsOf(w.Stem).Where(v => v.Terms.Count == 1).Select(v => v.Terms[0])] })
            .ToList();
        return ExactPhraseQuery.Filtered(inner, new ExactPhraseQuery(exact.Fields, words));
    }

    private Query RewriteTerm(TermQuery term)
    {
        var field = term.Term.Field;
        var key = term.Term.Text;
        var variants = _maps.For(field).VariantsOf(key);
        if (variants.Count == 0)
        {
            return term;
        }

        var any = new BooleanQuery(disableCoord: true) { Boost = term.Boost };
        any.Add(new TermQuery(term.Term), Occur.SHOULD);
        AddVariants(any, field, key, variants, slop: 0);
        return any;
    }

    private Query RewritePhrase(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var field = terms[0].Field;
        var map = _maps.For(field);
        var key = string.Join(' ', terms.Select(t => t.Text));
        var variants = map.VariantsOf(key);
        if (variants.Count > 0)
        {
            var any = new BooleanQuery(disableCoord: true) { Boost = phrase.Boost };
            var original = (PhraseQuery)phrase.Clone();
            original.Boost = 1;
            any.Add(original, Occur.SHOULD);
            AddVariants(any, field, key, variants, phrase.Slop);
            return any;
        }

        // A one-word variant inside a phrase: "Uighur families" also finds "Uyghur families".
        var alternatives = terms.Select(t => map.VariantsOf(t.Text).Where(v => v.Terms.Count == 1).ToList()).ToList();
        if (alternatives.All(a => a.Count == 0))
        {
            return phrase;
        }

        var positions = phrase.GetPositions();
        var multi = new MultiPhraseQuery { Slop = phrase.Slop, Boost = phrase.Boost };
        for (var i = 0; i < terms.Length; i++)
        {
            if (alternatives[i].Count > 0)
            {
                Record(field, terms[i].Text, alternatives[i]);
            }

            multi.Add([terms[i], .. alternatives[i].Select(v => new Term(field, v.Terms[0]))], positions[i]);
        }

        return multi;
    }

    private BooleanQuery RewriteBoolean(BooleanQuery boolean)
    {
        var clauses = boolean.Clauses;
        var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        for (var i = 0; i < clauses.Count; i++)
        {
            // Exclusions expand too: "-Kiev" leaves out the articles that write Kyiv.
            if (TryMultiWordRun(clauses, i, out var replacement, out var length))
            {
                rewritten.Add(replacement, clauses[i].Occur);
                i += length - 1;
                continue;
            }

            rewritten.Add(Rewrite(clauses[i].Query), clauses[i].Occur);
        }

        // A word over several fields stays one BM25F word, its spellings counted together.
        return boolean is CrossFieldWordQuery && CrossFieldWordQuery.CanHold(rewritten.Clauses)
            ? new CrossFieldWordQuery(rewritten.Clauses.Select(c => c.Query)) { Boost = boolean.Boost }
            : rewritten;
    }

    private DisjunctionMaxQuery RewriteDisjunction(DisjunctionMaxQuery disjunction)
    {
        var rewritten = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
        foreach (var disjunct in disjunction.Disjuncts)
        {
            rewritten.Add(Rewrite(disjunct));
        }

        return rewritten;
    }

    /// <summary>
    /// Unquoted words are parsed one by one (each a disjunction over the text fields), so
    /// <c>Ivory Coast</c> arrives as two clauses. A run of such clauses that spells a multi-word
    /// entry becomes one clause: the phrase or its variants, in each of the fields.
    /// </summary>
    private bool TryMultiWordRun(IList<BooleanClause> clauses, int start, out Query replacement, out int length)
    {
        replacement = null!;
        length = 0;
        if (WordOf(clauses[start].Query) is not { } first)
        {
            return false;
        }

        var longest = first.Fields.Select(f => _maps.For(f.Field).LongestEntry).DefaultIfEmpty(0).Max();
        for (var n = Math.Min(longest, clauses.Count - start); n >= 2; n--)
        {
            var words = new List<string> { first.Text };
            for (var j = start + 1; j < start + n; j++)
            {
                if (clauses[j].Occur != clauses[start].Occur || WordOf(clauses[j].Query) is not { } next || next.Signature != first.Signature)
                {
                    break;
                }

                words.Add(next.Text);
            }

            if (words.Count != n)
            {
                continue;
            }

            var key = string.Join(' ', words);
            if (_maps.For(first.Fields[0].Field).VariantsOf(key).Count == 0)
            {
                continue;
            }

            var perField = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in first.Fields)
            {
                var any = new BooleanQuery(disableCoord: true) { Boost = boost };
                var phrase = new PhraseQuery();
                foreach (var word in words)
                {
                    phrase.Add(new Term(field, word));
                }

                any.Add(phrase, Occur.SHOULD);
                AddVariants(any, field, key, _maps.For(field).VariantsOf(key), slop: 0);
                perField.Add(any, Occur.SHOULD);
            }

            replacement = first.Fields.Count == 1 ? perField.Clauses[0].Query : perField;
            length = n;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The word of a clause made from one unquoted word: a term query on a text field, or the
    /// parser's disjunction of the same term over several text fields.
    /// </summary>
    private static Word? WordOf(Query query)
    {
        if (query is TermQuery term && TextFields.Contains(term.Term.Field))
        {
            return new Word(term.Term.Text, [(term.Term.Field, term.Boost)]);
        }

        if (query is not BooleanQuery { Clauses.Count: > 0 } boolean || boolean.Boost != 1)
        {
            return null;
        }

        var fields = new List<(string Field, float Boost)>();
        string? text = null;
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur != Occur.SHOULD || clause.Query is not TermQuery fieldTerm || !TextFields.Contains(fieldTerm.Term.Field)
                || (text is not null && fieldTerm.Term.Text != text))
            {
                return null;
            }

            text = fieldTerm.Term.Text;
            fields.Add((fieldTerm.Term.Field, fieldTerm.Boost));
        }

        return new Word(text!, fields);
    }

    private static bool IsTextPhrase(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        return terms.Length > 0 && TextFields.Contains(terms[0].Field);
    }

    private void AddVariants(BooleanQuery any, string field, string key, IReadOnlyList<SynonymEntry> variants, int slop)
    {
        Record(field, key, variants);
        foreach (var variant in variants)
        {
            if (variant.Terms.Count == 1)
            {
                any.Add(new TermQuery(new Term(field, variant.Terms[0])), Occur.SHOULD);
                continue;
            }

            var phrase = new PhraseQuery { Slop = slop };
            for (var i = 0; i < variant.Terms.Count; i++)
            {
                phrase.Add(new Term(field, variant.Terms[i]), variant.Positions[i]);
            }

            any.Add(phrase, Occur.SHOULD);
        }
    }

    private void Record(string field, string key, IReadOnlyList<SynonymEntry> variants)
    {
        var word = _maps.For(field).DisplayOf(key) ?? key;
        if (!_used.TryGetValue(key, out var used))
        {
            used = (word, []);
            _used[key] = used;
        }

        foreach (var variant in variants)
        {
            if (!used.Variants.Exists(v => v.Key == variant.Key))
            {
                used.Variants.Add(variant);
            }

            _variantOf.TryAdd(variant.Key, word);
        }
    }

    private sealed record Word(string Text, IReadOnlyList<(string Field, float Boost)> Fields)
    {
        public string Signature { get; } = string.Join(',', Fields.Select(f => f.Field));
    }
}
