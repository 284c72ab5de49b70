namespace NewsSearch.Benchmarks.Baselines;

/// <summary>Variants of the NewsSearch schema, to price each of its choices in time and bytes.</summary>
internal enum SchemaVariant
{
    /// <summary>Exactly NewsSearch's fields.</summary>
    Same,

    /// <summary>Text fields index positions but no offsets (snippets would need re-analysis).</summary>
    NoOffsets,

    /// <summary>Text fields not stored (no <c>show</c>, no snippets from the index).</summary>
    NotStored,

    /// <summary>No doc values (result lists from stored fields, no facets or date sort by doc values).</summary>
    NoDocValues,
}
