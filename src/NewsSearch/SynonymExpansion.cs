namespace NewsSearch;

/// <summary>A query word that was also searched under other spellings.</summary>
/// <param name="Word">The word as the synonym list writes it, e.g. <c>Uighur</c>.</param>
/// <param name="Variants">The other spellings searched, e.g. <c>Uyghur</c>, <c>Uigur</c>.</param>
public sealed record SynonymExpansion(string Word, IReadOnlyList<string> Variants);
