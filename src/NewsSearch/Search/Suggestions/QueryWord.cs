namespace NewsSearch.Search.Suggestions;

/// <summary>A plain word of the query text that may be corrected, with where it sits in the text.</summary>
/// <param name="Start">Offset of the word in the query text.</param>
/// <param name="Text">The word as typed.</param>
internal sealed record QueryWord(int Start, string Text)
{
    public int End => Start + Text.Length;
}
