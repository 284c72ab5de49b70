namespace NewsSearch.Search.Exact;

/// <summary>
/// One word of a quoted phrase: as written (lower case, accents folded), its stem, whether it is a
/// stop word, and any other stems that may stand in its place (spelling variants, which match in any form).
/// </summary>
internal sealed record ExactWord(string Surface, string Stem, bool IsStopWord)
{
    public IReadOnlyList<string> Variants { get; init; } = [];
}
