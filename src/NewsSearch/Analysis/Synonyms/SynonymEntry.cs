namespace NewsSearch.Analysis.Synonyms;

/// <summary>
/// One entry of a synonym group after analysis: <c>Ho Chi Minh City</c> becomes the terms
/// <c>ho chi minh citi</c> at positions 0-3. <see cref="Key"/> joins the terms with spaces, which
/// no analysed term contains.
/// </summary>
/// <param name="Text">The entry as the synonym file writes it, for display.</param>
/// <param name="Terms">The analysed terms.</param>
/// <param name="Positions">Each term's position; a removed stop word leaves a gap.</param>
internal sealed record SynonymEntry(string Text, IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    public string Key { get; } = string.Join(' ', Terms);
}
