using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>A query as parsed, with its top-level clauses as the user wrote them and how it is read.</summary>
/// <param name="Query">The Lucene query (long text already loosened to any-word matching).</param>
/// <param name="Parts">The top-level clauses; empty for a query that matches everything.</param>
/// <param name="Verbose">Read as natural-language text: ranked by all words, articles with any of them counted.</param>
/// <param name="ReadsAsText">The text reads as a question or a pasted passage, whether or not <c>--any</c> was asked for.</param>
internal sealed record ParsedQuery(Query Query, IReadOnlyList<QueryPart> Parts, bool Verbose, bool ReadsAsText)
{
    private static readonly HashSet<string> OperatorWords = new(StringComparer.Ordinal) { "and", "or", "not", "And", "Or", "Not" };

    /// <summary>The words searched for as plain words: those that may be relaxed or dropped.</summary>
    public IEnumerable<QueryPart> Words => Parts.Where(p => p.Kind == QueryPartKind.Word && p.Query is not null);

    /// <summary>The clauses left out because they hold only stop words (<c>the</c>, <c>of</c>).</summary>
    public IReadOnlyList<string> StopWords => [.. Parts.Where(p => p.Query is null).Select(p => p.Text)];

    /// <summary>Lower-case <c>and</c>/<c>or</c>/<c>not</c> in a keyword query: words, which a user may have meant as operators.</summary>
    public IReadOnlyList<string> OperatorLikeWords =>
        Verbose ? [] : [.. Parts.Where(p => p.Kind == QueryPartKind.Word && OperatorWords.Contains(p.Text)).Select(p => p.Text).Distinct()];
}
