using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Timeline;

/// <summary>Collects the publication date (ms since 1970, from doc values) of every hit, and counts the undated ones.</summary>
internal sealed class DateCollector : ICollector
{
    private NumericDocValues? _published;
    private IBits? _dated;

    public List<long> Dates { get; } = [];

    public int Undated { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _published = context.AtomicReader.GetNumericDocValues(FieldNames.Published);
        _dated = context.AtomicReader.GetDocsWithField(FieldNames.Published);
    }

    public void Collect(int doc)
    {
        if (_published is not null && _dated is not null && _dated.Get(doc))
        {
            Dates.Add(_published.Get(doc));
        }
        else
        {
            Undated++;
        }
    }
}
