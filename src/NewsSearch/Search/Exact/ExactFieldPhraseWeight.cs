using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Search.Exact;

/// <summary>The per-segment postings of an <see cref="ExactFieldPhraseQuery"/>; its score is the query's boost.</summary>
internal sealed class ExactFieldPhraseWeight(ExactFieldPhraseQuery query) : Weight
{
    private float _score = query.Boost;

    public override Query Query => query;

    public override float GetValueForNormalization() => query.Boost * query.Boost;

    public override void Normalize(float norm, float topLevelBoost) => _score = query.Boost * topLevelBoost;

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;

        // One terms enumerator per field, as PhraseQuery does: creating one clones the segment's inputs.
        var enumerators = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
        DocsAndPositionsEnum? Postings(Term term) => Positions(reader, enumerators, term, acceptDocs);

        // Every word's postings first: most fields and segments lack one of them, and then nothing
        // else is looked up.
        var anyOf = new DocsAndPositionsEnum[query.Slots.Count][];
        for (var i = 0; i < anyOf.Length; i++)
        {
            anyOf[i] = [.. query.Slots[i].AnyOf.Select(Postings).OfType<DocsAndPositionsEnum>()];
            if (anyOf[i].Length == 0)
            {
                return null;
            }
        }

        var slots = new ExactFieldPhraseScorer.SlotPostings[anyOf.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = query.Slots[i];
            DocsAndPositionsEnum? required = null;
            if (slot.Required is not null && (required = Postings(slot.Required)) is null)
            {
                return null;
            }

            slots[i] = new ExactFieldPhraseScorer.SlotPostings(anyOf[i], required, () => [.. slot.NoneOf.Select(Postings).OfType<DocsAndPositionsEnum>()]);
        }

        return new ExactFieldPhraseScorer(this, slots, _score);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
        return scorer is not null && scorer.Advance(doc) == doc
            ? new ComplexExplanation(true, _score, query.ToString(query.Field))
            : new ComplexExplanation(false, 0, "not " + query.ToString(query.Field));
    }

    private static DocsAndPositionsEnum? Positions(AtomicReader reader, Dictionary<string, TermsEnum?> enumerators, Term term, IBits? acceptDocs)
    {
        if (!enumerators.TryGetValue(term.Field, out var termsEnum))
        {
            termsEnum = reader.GetTerms(term.Field)?.GetEnumerator();
            enumerators[term.Field] = termsEnum;
        }

        return termsEnum is not null && termsEnum.SeekExact(term.Bytes) ? termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE) : null;
    }
}
