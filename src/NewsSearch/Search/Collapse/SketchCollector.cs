using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;
using NewsSearch.Indexing.NearDuplicates;

namespace NewsSearch.Search.Collapse;

/// <summary>Collects every hit's top-level doc id with its near-duplicate sketch (null for bodies too short to have one).</summary>
internal sealed class SketchCollector : ICollector
{
    private readonly BytesRef _scratch = new();
    private BinaryDocValues? _sketches;
    private NumericDocValues? _published;
    private IBits? _dated;
    private int _docBase;

    public List<int> Docs { get; } = [];

    public List<byte[]?> Sketches { get; } = [];

    /// <summary>Publication dates in ms since 1970; null when undated.</summary>
    public List<long?> Published { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _sketches = context.AtomicReader.GetBinaryDocValues(FieldNames.DuplicateSketch);
        _published = context.AtomicReader.GetNumericDocValues(FieldNames.Published);
        _dated = context.AtomicReader.GetDocsWithField(FieldNames.Published);
    }

    public void Collect(int doc)
    {
        Docs.Add(_docBase + doc);
        Sketches.Add(SketchField.Read(_sketches, doc, _scratch));
        Published.Add(_published is not null && _dated is not null && _dated.Get(doc) ? _published.Get(doc) : null);
    }
}
