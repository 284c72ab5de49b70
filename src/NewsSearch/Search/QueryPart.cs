using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>One top-level clause of a parsed query, as the user wrote it.</summary>
/// <param name="Text">The clause's text without its operators, e.g. <c>harvest</c>, <c>"human rights"</c>, <c>date:2005</c>.</param>
/// <param name="Kind">What the user made of it, which decides whether it may be relaxed.</param>
/// <param name="Query">The parsed clause; null when it held only stop words.</param>
internal sealed record QueryPart(string Text, QueryPartKind Kind, Query? Query);
