using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis.Synonyms;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Explanations;

/// <summary>
/// Turns analysed terms back into the words people wrote: <c>citi</c> is shown as the query's
/// <c>cities</c>, a synonym's <c>uyghur</c> as the list's <c>Uyghur</c>, and <c>新 疆</c> as <c>新疆</c>.
/// </summary>
internal sealed partial class TermDisplay
{
    private readonly Dictionary<string, string> _typed = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _variantOf;
    private readonly SynonymMap _synonyms;

    private TermDisplay(IReadOnlyDictionary<string, string> variantOf, SynonymMap synonyms)
    {
        _variantOf = variantOf;
        _synonyms = synonyms;
    }

    public static TermDisplay Build(string queryText, Analyzer analyzer, IReadOnlyDictionary<string, string> variantOf, SynonymMap synonyms)
    {
        var display = new TermDisplay(variantOf, synonyms);
        foreach (Match word in WordPattern().Matches(queryText))
        {
            var terms = Analyze(analyzer, word.Value);
            if (terms.Count > 0)
            {
                display._typed.TryAdd(string.Join(' ', terms), word.Value);
            }

            if (terms.Count > 1)
            {
                foreach (var term in terms)
                {
                    display._typed.TryAdd(term, term);
                }
            }
        }

        return display;
    }

    /// <summary>The words for a term or a phrase's inner text (terms separated by spaces).</summary>
    public string Show(string key)
    {
        if (Lookup(key) is { } whole)
        {
            return whole;
        }

        // A phrase: each term on its own; MultiPhraseQuery writes alternatives as "(a b)".
        return TermPattern().Replace(key, term => Lookup(term.Value) ?? term.Value);
    }

    /// <summary>The query word that <paramref name="key"/> was added for as a spelling variant; null when the user typed it.</summary>
    public string? SynonymOf(string key) =>
        !_typed.ContainsKey(key) && _variantOf.TryGetValue(key, out var word) ? word : null;

    private string? Lookup(string key) =>
        _typed.TryGetValue(key, out var typed) ? typed : _synonyms.DisplayOf(key);

    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(FieldNames.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[^\s()]+")]
    private static partial Regex TermPattern();
}
