using Lucene.Net.Index;

namespace NewsSearch.Search.Scoring;

/// <summary>One field's postings for a <see cref="CrossFieldWordScorer"/>, with what turns a frequency there into its BM25F share.</summary>
/// <param name="Index">Which of the weight's field terms these are the postings of.</param>
/// <param name="Docs">The word's postings in the field, with frequencies.</param>
/// <param name="Norms">The field's length norms in this segment; null when the field keeps none.</param>
/// <param name="WeightByNorm">The field weight ÷ length normalisation for each norm byte.</param>
/// <param name="Weight">The field weight, used as is where the field keeps no norms.</param>
internal sealed record FieldPostings(int Index, DocsEnum Docs, NumericDocValues? Norms, float[] WeightByNorm, float Weight)
{
    /// <summary>The word's frequency in the field of <paramref name="doc"/>, weighted and length-normalised.</summary>
    public float Weighted(int doc) =>
        Docs.Freq * (Norms is null ? Weight : WeightByNorm[(byte)Norms.Get(doc)]);
}
