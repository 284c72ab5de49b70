namespace NewsSearch;

/// <summary>
/// Settings for a <see cref="NewsSearcher"/>: which spelling variants (synonyms) queries expand to.
/// Synonyms apply at query time only, so changing them needs no re-indexing.
/// </summary>
public sealed record NewsSearcherOptions
{
    /// <summary>The defaults: the built-in list of spelling variants.</summary>
    public static NewsSearcherOptions Default { get; } = new();

    /// <summary>
    /// Whether to use the built-in list of transliterations and renamed places (Uyghur/Uighur,
    /// Kyiv/Kiev, Mumbai/Bombay, Gaddafi/Qaddafi …). On by default.
    /// </summary>
    public bool DefaultSynonyms { get; init; } = true;

    /// <summary>
    /// Synonym files to add: one group per line, entries separated by commas (an entry may have
    /// several words), <c>#</c> starts a comment. For example <c>Navalny, Navalnyy</c>.
    /// </summary>
    public IReadOnlyList<string> SynonymFiles { get; init; } = [];

    /// <summary>Synonym groups to add from code; each group needs at least two entries.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>
    /// Whether the searcher serves only a few searches before it is disposed, as a command-line
    /// query does. Result lists are then read from the stored articles: tens of microseconds more
    /// per hit, but no loading of every segment's result-list tables, which costs more than a few
    /// searches do. Off by default, which suits a searcher that serves many searches.
    /// </summary>
    public bool FewSearches { get; init; }
}
