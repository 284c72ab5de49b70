namespace NewsSearch.Search;

/// <summary>What a top-level clause is, for relaxation: only plain words may be dropped.</summary>
internal enum QueryPartKind
{
    /// <summary>A word, phrase or group without an operator or field: the default operator joins it.</summary>
    Word,

    /// <summary>Marked <c>+</c> or joined by <c>AND</c>: asked for explicitly, never dropped.</summary>
    Required,

    /// <summary>Marked <c>-</c> or <c>NOT</c>: never dropped.</summary>
    Excluded,

    /// <summary>Joined by <c>OR</c>: optional already.</summary>
    Alternative,

    /// <summary>Scoped to a field (<c>date:2005</c>, <c>source:BBC</c>, <c>title:x</c>): a filter, never dropped.</summary>
    Field,
}
