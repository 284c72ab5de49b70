using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace NewsSearch.Analysis.Synonyms;

/// <summary>
/// The synonym groups of one searcher, analysed per field on first use (every text field may in
/// principle have its own analyser). Thread-safe.
/// </summary>
internal sealed class SynonymMaps
{
    /// <summary>The key of the map the English text fields share; no field has this name.</summary>
    private const string EnglishTextKey = "\0english text";

    private readonly IReadOnlyList<IReadOnlyList<string>> _groups;
    private readonly Analyzer _analyzer;
    private readonly ConcurrentDictionary<string, SynonymMap> _byField = new(StringComparer.Ordinal);

    public SynonymMaps(IReadOnlyList<IReadOnlyList<string>> groups, Analyzer analyzer)
    {
        _groups = groups;
        _analyzer = analyzer;
    }

    public bool IsEmpty => _groups.Count == 0;

    /// <summary>Builds the groups that <paramref name="options"/> asks for: the default list, files, and groups given in code.</summary>
    /// <exception cref="NewsSearchException">A synonym file cannot be read or is malformed.</exception>
    public static SynonymMaps Load(NewsSearcherOptions options, Analyzer analyzer)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (options.DefaultSynonyms)
        {
            groups.AddRange(SynonymFile.Default);
        }

        foreach (var path in options.SynonymFiles)
        {
            groups.AddRange(SynonymFile.Read(path));
        }

        groups.AddRange(options.Synonyms.Where(group => group.Count >= 2));
        return new SynonymMaps(groups, analyzer);
    }

    /// <summary>
    /// The map for <paramref name="field"/>. Fields that analyse alike share one map, built on
    /// first use: the six text fields would otherwise analyse every group six times over.
    /// </summary>
    public SynonymMap For(string field) =>
        _groups.Count == 0 ? SynonymMap.Empty : _byField.GetOrAdd(NewsAnalyzer.IsEnglishText(field) ? EnglishTextKey : field, Build, field);

    private SynonymMap Build(string key, string field) => SynonymMap.Build(_groups, _analyzer, field);
}
