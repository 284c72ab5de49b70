namespace NewsSearch.Benchmarks.Baselines;

/// <summary>Variants of the NewsSearch schema, to price each of its choices in time and bytes.</summary>
internal enum SchemaVariant
{
    /// <summary>Exactly NewsSearch's fields: text with positions, no offsets.</summary>
    Same,

    /// <summary>Text fields also index offsets, as NewsSearch's schema did before version 4 (what offsets cost).</summary>
    WithOffsets,

    /// <summary>Text fields not stored (no <c>show</c>, no snippets from the index).</summary>
    NotStored,

    /// <summary>No doc values (result lists from stored fields, no facets or date sort by doc values).</summary>
    NoDocValues,
}
