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
    private int _docBase;

    public List<int> Docs { get; } = [];

    public List<byte[]?> Sketches { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _sketches = context.AtomicReader.GetBinaryDocValues(FieldNames.DuplicateSketch);
    }

    public void Collect(int doc)
    {
        Docs.Add(_docBase + doc);
        Sketches.Add(SketchField.Read(_sketches, doc, _scratch));
    }
}
