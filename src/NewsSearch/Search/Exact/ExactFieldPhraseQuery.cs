using Lucene.Net.Search;

namespace NewsSearch.Search.Exact;

/// <summary>
/// An exact phrase in one text field: the words' <see cref="ExactSlot"/>s at consecutive positions.
/// Matches or not, with a constant score; it is a filter beside the stemmed phrase, which scores.
/// </summary>
/// <remarks>
/// It reads the postings' positions directly instead of composing span queries: spans over the
/// forms twin walked every position of suffix tokens such as "~s", which nearly every article
/// holds, and made a quoted phrase 25 to 80 times slower than the stemmed phrase
/// (benchmarks/README.md, "Exact phrases").
/// </remarks>
internal sealed class ExactFieldPhraseQuery(string field, IReadOnlyList<ExactSlot> slots) : Query
{
    public string Field { get; } = field;

    public IReadOnlyList<ExactSlot> Slots { get; } = slots;

    public override Weight CreateWeight(IndexSearcher searcher) => new ExactFieldPhraseWeight(this);

    public override string ToString(string field) =>
        $"exact({Field}:\"{string.Join(' ', Slots.Select(s => string.Join('|', s.AnyOf.Select(t => t.Text)) + (s.Required is null ? "" : "+" + s.Required.Text)))}\")";

    public override bool Equals(object? obj) =>
        obj is ExactFieldPhraseQuery other && base.Equals(obj) && Field == other.Field && Slots.SequenceEqual(other.Slots, SlotComparer.Instance);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Field, ToString(Field));

    /// <summary>Slots compared by their terms (records compare lists by reference).</summary>
    private sealed class SlotComparer : IEqualityComparer<ExactSlot>
    {
        public static readonly SlotComparer Instance = new();

        public bool Equals(ExactSlot? x, ExactSlot? y) =>
            x is not null && y is not null && x.AnyOf.SequenceEqual(y.AnyOf) && Equals(x.Required, y.Required) && x.NoneOf.SequenceEqual(y.NoneOf);

        public int GetHashCode(ExactSlot obj) => HashCode.Combine(obj.AnyOf.Count, obj.Required, obj.NoneOf.Count);
    }
}
