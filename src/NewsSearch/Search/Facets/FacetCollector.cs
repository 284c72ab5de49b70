using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Facets;

/// <summary>
/// Counts every matching article by facet values, reading doc values (Lucene.Net.Facet is not
/// available). Within a segment it counts by ordinal into an array, which costs one increment per
/// value per hit; only ordinals that were hit are turned into strings, once per segment, and summed
/// across segments by value.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly FacetField[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _segmentValues;
    private readonly int[]?[] _segmentCounts;
    private NumericDocValues? _published;
    private IBits? _dated;

    public FacetCollector(IReadOnlyList<FacetField> fields)
    {
        _fields = fields.Distinct().ToArray();
        _totals = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _segmentValues = new SortedSetDocValues?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        _published = reader.GetNumericDocValues(FieldNames.Published);
        _dated = reader.GetDocsWithField(FieldNames.Published);
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i] == FacetField.Year)
            {
                continue;
            }

            var values = reader.GetSortedSetDocValues(DocValuesField(_fields[i]));
            _segmentValues[i] = values;
            _segmentCounts[i] = values is null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i] == FacetField.Year)
            {
                if (_published is not null && _dated is not null && _dated.Get(doc))
                {
                    var year = DateTimeOffset.FromUnixTimeMilliseconds(_published.Get(doc)).Year.ToString(CultureInfo.InvariantCulture);
                    Increment(_totals[i], year);
                }
                else
                {
                    // Undated matches are counted too, so the year counts add up to the matches.
                    Increment(_totals[i], FacetValue.NoValue);
                }

                continue;
            }

            if (_segmentValues[i] is not { } values)
            {
                continue;
            }

            var counts = _segmentCounts[i]!;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>The top <paramref name="limit"/> values of each facet, most frequent first, ties by value.</summary>
    public Dictionary<FacetField, IReadOnlyList<FacetValue>> Results(int limit)
    {
        FlushSegment();
        var results = new Dictionary<FacetField, IReadOnlyList<FacetValue>>();
        for (var i = 0; i < _fields.Length; i++)
        {
            results[_fields[i]] = _totals[i]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(pair => new FacetValue(pair.Key, pair.Value))
                .ToList();
        }

        return results;
    }

    internal static string DocValuesField(FacetField field) => field switch
    {
        FacetField.Source => FieldNames.FacetSource,
        FacetField.Byline => FieldNames.FacetByline,
        FacetField.Section => FieldNames.FacetSection,
        FacetField.Tag => FieldNames.FacetTags,
        FacetField.Language => FieldNames.FacetLanguage,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a doc-values facet"),
    };

    private static void Increment(Dictionary<string, int> totals, string key, int count = 1)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(totals, key, out _);
        slot += count;
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_segmentValues[i] is not { } values || _segmentCounts[i] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    Increment(_totals[i], scratch.Utf8ToString(), counts[ord]);
                }
            }

            _segmentValues[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
