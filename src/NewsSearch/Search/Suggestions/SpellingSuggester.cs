using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// "Did you mean": for a query that finds little, replaces each word the index lacks (or holds
/// only rarely) by the closest term the index has, within two edits (a swap of neighbours is one),
/// weighing closeness against how many articles use the term. The terms come from the index
/// itself, as in Lucene's DirectSpellChecker (the Lucene.Net.Suggest package is not available): from
/// each segment's <see cref="SpellingDictionary"/> for a searcher that serves many queries, else by
/// reading the terms that share the word's first letter (<see cref="FirstLetterScan"/>), or through
/// <see cref="FuzzyTermsEnum"/> where a segment holds too many for that. The suggestion is kept only
/// when it finds more articles than the query as typed.
/// </summary>
internal static class SpellingSuggester
{
    /// <summary>A query with fewer hits than this gets a suggestion, when there is a better one.</summary>
    public const int FewHits = 3;

    /// <summary>A word in this many articles or fewer may still be a misspelling (Ugyhurs in one article).</summary>
    private const int RareDocFreq = 2;

    /// <summary>
    /// A correction of a word that does occur must be this many times more common: Bundesbnak (1)
    /// becomes Bundesbank (169), but Kiev (1) stays Kiev next to Kiel (7) in the Reuters corpus.
    /// </summary>
    private const int MoreCommonFactor = 10;

    /// <summary>
    /// A word some article holds is corrected only to a word one edit away: typos in print are
    /// mostly one slip (Bundesbnak), while a rare name two edits from a common word is usually a
    /// name (Milken is not a misspelling of miles, held by 195 Reuters articles).
    /// </summary>
    private const int OwnWordMaxEdits = 1;

    /// <summary>How much each tenfold in article count makes up for an edit: 0.3 lets a 1,000× more common term win over one edit.</summary>
    private const double DocFreqWeight = 0.3;

    private const int MinWordLength = 3;

    /// <summary>
    /// Each word's correction by snapshot, as typed: misspellings repeat across queries (every
    /// reader who types Gorbahcev), and a correction costs a dictionary scan and a few stored-text
    /// reads. 10,000 words is a day's distinct misspellings.
    /// </summary>
    private static readonly SnapshotCache<(string Word, bool SynonymsExpanded), string?> Corrections = new(10_000);

    private static readonly string[] Fields = [FieldNames.Body, FieldNames.Title, FieldNames.Subtitle, FieldNames.Captions];

    /// <summary>A known spelling variant beats a plain neighbour as if it were this many edits nearer (Khadafy: Gaddafi, not Khatami).</summary>
    private const double KnownVariantBonus = 1.0;

    /// <summary>The corrected query text and its hits, or null when no word needs correcting or the correction finds no more.</summary>
    /// <param name="reader">The index.</param>
    /// <param name="analyzer">The schema's analyser.</param>
    /// <param name="text">The query as typed.</param>
    /// <param name="synonyms">The body field's synonym groups: their spellings are preferred corrections.</param>
    /// <param name="synonymsExpanded">Whether the query searched the variants too: then a known variant the index holds is no misspelling.</param>
    /// <param name="useDictionary">Look words up in each segment's <see cref="SpellingDictionary"/> (built once, for searchers that serve many queries) rather than the term dictionaries (for one query).</param>
    /// <param name="countHits">Counts the hits of a query text, with the request's filters.</param>
    /// <param name="hitsAsWritten">The hits of the query as typed.</param>
    /// <param name="cacheCorrections">Keep each word's correction for the snapshot; off only to measure the first time.</param>
    public static SpellingSuggestion? Suggest(IndexReader reader, Analyzer analyzer, string text, SynonymMap synonyms, bool synonymsExpanded, bool useDictionary, Func<string, int> countHits, int hitsAsWritten, bool cacheCorrections = true)
    {
        var corrected = new StringBuilder(text);
        var changed = false;
        foreach (var word in QueryWords.Find(text).Reverse())
        {
            string? Work() => Correct(reader, analyzer, word.Text, synonyms, synonymsExpanded, useDictionary);
            var replacement = cacheCorrections ? Corrections.GetOrAdd(reader, (word.Text, synonymsExpanded), Work) : Work();
            if (replacement is not null && replacement != word.Text)
            {
                corrected.Remove(word.Start, word.Text.Length).Insert(word.Start, replacement);
                changed = true;
            }
        }

        if (!changed)
        {
            return null;
        }

        var suggestion = corrected.ToString();
        try
        {
            var hits = countHits(suggestion);
            return hits > hitsAsWritten ? new SpellingSuggestion(suggestion, hits) : null;
        }
        catch (InvalidQueryException)
        {
            return null;
        }
    }

    private static string? Correct(IndexReader reader, Analyzer analyzer, string word, SynonymMap synonyms, bool synonymsExpanded, bool useDictionary)
    {
        if (word.Length < MinWordLength || word.Any(char.IsDigit) || Analyze(analyzer, word) is not { } term || term.Length < MinWordLength)
        {
            return null;
        }

        var own = DocFreq(reader, term);
        if (own > RareDocFreq || (synonymsExpanded && synonyms.VariantsOf(term).Any(v => v.Terms.Count == 1 && DocFreq(reader, v.Terms[0]) > 0)))
        {
            return null;
        }

        // Stemming can hide a typo's nearness (Xinjaing stems to xinja, three edits from xinjiang),
        // so the word as typed, only lower-cased and folded, looks for neighbours too.
        var typed = Fold(word);
        var found = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);

        // A word the index holds may only become a word one edit away (below), so nothing further is looked for.
        int Reach(string spelling) => own == 0 ? MaxEdits(spelling) : Math.Min(OwnWordMaxEdits, MaxEdits(spelling));
        AddNeighbours(reader, term, Reach(term), useDictionary, found);
        if (typed != term && typed.Length >= MinWordLength)
        {
            AddNeighbours(reader, typed, Reach(typed), useDictionary, found);
        }

        AddKnownVariants(reader, synonyms, [term, typed], found);
        var best = found.Values
            .Where(c => c.Term != term)
            .Where(c => own == 0 || (c.DocFreq >= MoreCommonFactor * own && c.Edits <= OwnWordMaxEdits))
            .OrderBy(c => c.Edits - (DocFreqWeight * Math.Log10(c.DocFreq)) - (c.KnownVariant ? KnownVariantBonus : 0))
            .ThenByDescending(c => c.DocFreq)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null ? null : SurfaceForms.Best(reader, best.Term, word) ?? best.Term;
    }

    /// <summary>Short words get one edit: two edits turn "cat" into half the dictionary.</summary>
    private static int MaxEdits(string term) => term.Length <= 4 ? 1 : LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

    private static void AddNeighbours(IndexReader reader, string term, int maxEdits, bool useDictionary, Dictionary<string, SpellingCandidate> found)
    {
        if (useDictionary)
        {
            // Each segment's words with their counts there; a word's count is the sum over segments.
            var segments = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                SpellingDictionary.For(leaf.AtomicReader, Fields).AddNeighbours(term, maxEdits, MinWordLength, segments);
            }

            Merge(segments.Values, found);
            return;
        }

        // One set of automata for all four fields, built only for a field too large to scan (FirstLetterScan).
        // Merge keeps a word's largest count in any one field, as for the query's own word.
        AttributeSource? automata = null;
        foreach (var field in Fields)
        {
            if (FirstLetterScan.CanScan(reader, field))
            {
                Merge(FirstLetterScan.Neighbours(reader, field, term, maxEdits, MinWordLength).Values, found);
                continue;
            }

            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            // Prefix 1, as DirectSpellChecker: first letters are rarely wrong, and it keeps the automaton small.
            // It stays below the term's length (LUCENENET #1002).
            automata ??= new AttributeSource();
            var fuzzy = new FuzzyTermsEnum(terms, automata, new Term(field, term), maxEdits, prefixLength: 1, transpositions: true);
            while (fuzzy.MoveNext())
            {
                var text = fuzzy.Term.Utf8ToString();
                if (text.Length >= MinWordLength && text.All(char.IsLetter))
                {
                    Merge([new SpellingCandidate(text, EditDistance.Between(text, term), fuzzy.DocFreq, KnownVariant: false)], found);
                }
            }
        }
    }

    /// <summary>
    /// The spellings the index holds of every synonym group with an entry near the word: a
    /// transliterated name (Khadafy) is better corrected to the spelling articles use for that name
    /// (Gaddafi) than to another name that happens to be as near (Khatami).
    /// </summary>
    private static void AddKnownVariants(IndexReader reader, SynonymMap synonyms, string[] words, Dictionary<string, SpellingCandidate> found)
    {
        foreach (var key in synonyms.SingleWordKeys)
        {
            var edits = int.MaxValue;
            foreach (var word in words)
            {
                var maxEdits = MaxEdits(word);
                var distance = EditDistance.Within(key, word, maxEdits);
                edits = distance <= maxEdits ? Math.Min(edits, distance) : edits;
            }

            if (edits == int.MaxValue)
            {
                continue;
            }

            foreach (var variant in synonyms.VariantsOf(key).Select(v => v.Key).Append(key))
            {
                var docFreq = variant.Contains(' ', StringComparison.Ordinal) ? 0 : DocFreq(reader, variant);
                if (docFreq > 0)
                {
                    Merge([new SpellingCandidate(variant, edits, docFreq, KnownVariant: true)], found);
                }
            }
        }
    }

    private static void Merge(IEnumerable<SpellingCandidate> candidates, Dictionary<string, SpellingCandidate> found)
    {
        foreach (var candidate in candidates)
        {
            found[candidate.Term] = found.TryGetValue(candidate.Term, out var known)
                ? new SpellingCandidate(
                    candidate.Term,
                    Math.Min(known.Edits, candidate.Edits),
                    Math.Max(known.DocFreq, candidate.DocFreq),
                    known.KnownVariant || candidate.KnownVariant)
                : candidate;
        }
    }

    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    private static int DocFreq(IndexReader reader, string term) =>
        Fields.Max(field => reader.DocFreq(new Term(field, term)));

    /// <summary>The word's one analysed term; null for stop words and for words that analyse into several terms (CJK runs).</summary>
    private static string? Analyze(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream(FieldNames.Body, word);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? term = null;
        var count = 0;
        while (stream.IncrementToken())
        {
            term = attribute.ToString();
            count++;
        }

        stream.End();
        return count == 1 ? term : null;
    }
}
