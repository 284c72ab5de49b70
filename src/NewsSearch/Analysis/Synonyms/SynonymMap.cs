using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis.Synonyms;

/// <summary>
/// Synonym groups analysed for one field, so that a query term (already analysed: <c>uyghur</c>
/// from <c>Uyghurs</c>) finds its variants by its own form and stemming agrees on both sides.
/// </summary>
internal sealed class SynonymMap
{
    private readonly Dictionary<string, List<SynonymEntry>> _variants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private string[]? _singleWordKeys;

    private SynonymMap()
    {
    }

    public static SynonymMap Empty { get; } = new();

    /// <summary>The most terms any entry has: how long a run of query words can match one entry.</summary>
    public int LongestEntry { get; private set; }

    public bool IsEmpty => _variants.Count == 0;

    public static SynonymMap Build(IEnumerable<IReadOnlyList<string>> groups, Analyzer analyzer, string field)
    {
        var map = new SynonymMap();
        foreach (var group in groups)
        {
            var entries = group
                .Select(text => Analyze(analyzer, field, text))
                .Where(entry => entry.Terms.Count > 0)
                .DistinctBy(entry => entry.Key, StringComparer.Ordinal)
                .ToList();
            if (entries.Count < 2)
            {
                // The entries analyse alike (Zürich, Zurich): folding already matches them.
                continue;
            }

            foreach (var entry in entries)
            {
                map._terms.UnionWith(entry.Terms);
                map._display.TryAdd(entry.Key, entry.Text);
                map.LongestEntry = Math.Max(map.LongestEntry, entry.Terms.Count);
                if (!map._variants.TryGetValue(entry.Key, out var variants))
                {
                    variants = [];
                    map._variants[entry.Key] = variants;
                }

                // A word in several groups gets the union of them, but not their closure.
                foreach (var other in entries)
                {
                    if (other.Key != entry.Key && !variants.Exists(v => v.Key == other.Key))
                    {
                        variants.Add(other);
                    }
                }
            }
        }

        return map;
    }

    /// <summary>The entries of one analysed word, for comparing with a misspelt word.</summary>
    public IReadOnlyList<string> SingleWordKeys => _singleWordKeys ??= [.. _variants.Keys.Where(key => !key.Contains(' ', StringComparison.Ordinal))];

    /// <summary>The other entries of the groups holding <paramref name="key"/> (analysed terms joined by spaces).</summary>
    public IReadOnlyList<SynonymEntry> VariantsOf(string key) =>
        _variants.TryGetValue(key, out var variants) ? variants : [];

    /// <summary>Whether any entry has the analysed term <paramref name="term"/>: a query without such a term has nothing to expand.</summary>
    public bool HasTerm(string term) => _terms.Contains(term);

    /// <summary>How the synonym list writes <paramref name="key"/>, e.g. <c>Uighur</c> for <c>uighur</c>.</summary>
    public string? DisplayOf(string key) => _display.GetValueOrDefault(key);

    private static SynonymEntry Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(term.ToString());
            positions.Add(position);
        }

        stream.End();

        // "The Hague" loses its stop word: start the phrase at its first kept word.
        var first = positions.Count > 0 ? positions[0] : 0;
        return new SynonymEntry(text, terms, [.. positions.Select(p => p - first)]);
    }
}
