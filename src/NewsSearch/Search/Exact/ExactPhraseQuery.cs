using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Analysis;

namespace NewsSearch.Search.Exact;

/// <summary>
/// A quoted phrase as written: stop words kept and no stemming, so <c>"not guilty"</c> does not
/// match "guilty" and <c>"raises crude"</c> does not match "raised crude". Each word is matched in
/// the stemmed text field and its forms twin at the same position (see <see cref="ExactForms"/>):
/// a stop word by the twin alone, a word that differs from its stem by the stem plus the twin's
/// suffix token, a word that is its own stem by the stem where the twin has no suffix token that
/// rebuilds another word of that stem. Rewrites to an <see cref="ExactFieldPhraseQuery"/> per field,
/// any field matching. Used as a filter beside the stemmed phrase, which does the scoring as before.
/// </summary>
internal sealed class ExactPhraseQuery : Query
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string, string), IReadOnlyList<string>>> OtherFormsCache = new();

    public ExactPhraseQuery(IReadOnlyList<string> fields, IReadOnlyList<ExactWord> words)
    {
        Fields = fields;
        Words = words;
    }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<ExactWord> Words { get; }

    /// <summary>The words of <paramref name="text"/> as a quoted phrase reads them; empty when it has none.</summary>
    public static IReadOnlyList<ExactWord> Analyze(string text)
    {
        var words = new List<ExactWord>();
        using var tokenizer = EnglishTextAnalyzer.CreateTokenizer(new StringReader(text));
        using var stream = ExactFormsAnalyzer.WrittenWords(tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        string? surface = null;
        while (stream.IncrementToken())
        {
            if (keyword.IsKeyword)
            {
                surface = term.ToString();
                continue;
            }

            if (surface is not null)
            {
                words.Add(new ExactWord(surface, term.ToString(), EnglishAnalyzer.DefaultStopSet.Contains(surface)));
                surface = null;
            }
        }

        stream.End();
        return words;
    }

    /// <summary>
    /// <paramref name="stemmed"/> (the phrase as the stemmed fields read it, which scores) restricted
    /// to the articles that have the words of <paramref name="text"/> as written in one of
    /// <paramref name="fields"/>. A filtered query rather than a conjunction, so relaxing a query
    /// that finds nothing never drops the exactness as if it were a word. A phrase of stop words
    /// alone (no stemmed query) matches by the exact phrase, with a constant score.
    /// </summary>
    public static Query? Filter(Query? stemmed, IReadOnlyList<string> fields, string text)
    {
        var words = Analyze(text);
        if (words.Count == 0)
        {
            return stemmed;
        }

        var exact = new ExactPhraseQuery(fields, words);
        return stemmed is null ? new ConstantScoreQuery(exact) : Filtered(stemmed, exact);
    }

    /// <summary>
    /// <paramref name="stemmed"/> filtered by <paramref name="exact"/>, the stemmed phrase leading: the
    /// exact check then reads only the articles the stemmed phrase already matches.
    /// </summary>
    public static FilteredQuery Filtered(Query stemmed, ExactPhraseQuery exact) =>
        new(stemmed, new QueryWrapperFilter(exact), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

    public override Query Rewrite(IndexReader reader)
    {
        var perField = Fields.Select(field => (Query)Phrase(reader, field)).ToList();
        if (perField.Count == 1)
        {
            return perField[0];
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in perField)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    public override string ToString(string field) =>
        $"exact({string.Join(",", Fields)}:\"{string.Join(' ', Words.Select(w => w.Surface))}\")";

    public override bool Equals(object? obj) =>
        obj is ExactPhraseQuery other && base.Equals(obj) && Fields.SequenceEqual(other.Fields) && Words.SequenceEqual(other.Words);

    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), string.Join(",", Fields), string.Join(' ', Words.Select(w => w.Surface)));

    private ExactFieldPhraseQuery Phrase(IndexReader reader, string field) =>
        new(field, [.. Words.Select(word => Slot(reader, field, word))]);

    private static ExactSlot Slot(IndexReader reader, string field, ExactWord word)
    {
        var forms = ExactForms.FieldOf(field);
        if (word.IsStopWord)
        {
            return new ExactSlot([new Term(forms, word.Surface)], null, []);
        }

        var stem = new Term(field, word.Stem);
        if (word.Variants.Count > 0)
        {
            return new ExactSlot([stem, .. word.Variants.Select(v => new Term(field, v))], null, []);
        }

        if (word.Surface != word.Stem)
        {
            return new ExactSlot([stem], new Term(forms, ExactForms.SuffixToken(word.Surface, word.Stem)), []);
        }

        return new ExactSlot([stem], null, [.. OtherFormsOf(reader, forms, word.Stem).Select(t => new Term(forms, t))]);
    }

    /// <summary>
    /// The suffix tokens in the index that rebuild, from <paramref name="stem"/>, another word with that
    /// stem ("deals" for "deal"). Cached per index snapshot or segment: as a filter the phrase is
    /// rewritten for every segment, and the scan stems every suffix token of six fields.
    /// </summary>
    private static IReadOnlyList<string> OtherFormsOf(IndexReader reader, string formsField, string stem) =>
        OtherFormsCache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<(string, string), IReadOnlyList<string>>())
            .GetOrAdd((formsField, stem), key => ScanOtherForms(reader, key.Item1, key.Item2));

    private static List<string> ScanOtherForms(IndexReader reader, string formsField, string stem)
    {
        var found = new List<string>();
        var terms = MultiFields.GetTerms(reader, formsField);
        if (terms is null)
        {
            return found;
        }

        var iterator = terms.GetEnumerator();
        var marker = new BytesRef(ExactForms.SuffixMarker.ToString());
        if (iterator.SeekCeil(marker) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        using var stemmer = new PorterStems();
        do
        {
            var token = iterator.Term.Utf8ToString();
            if (token.Length == 0 || token[0] != ExactForms.SuffixMarker)
            {
                break;
            }

            if (ExactForms.Rebuild(stem, token) is { } other && stemmer.Stem(other) == stem)
            {
                found.Add(token);
            }
        }
        while (iterator.MoveNext());

        return found;
    }
}
