namespace NewsSearch;

/// <summary>What a facet counts the matching articles by.</summary>
public enum FacetField
{
    /// <summary>The publisher.</summary>
    Source,

    /// <summary>Each author of the byline (a byline of two authors counts for both).</summary>
    Byline,

    /// <summary>The section or desk.</summary>
    Section,

    /// <summary>Each tag.</summary>
    Tag,

    /// <summary>The language.</summary>
    Language,

    /// <summary>The year of publication (UTC); undated articles are not counted.</summary>
    Year,
}
