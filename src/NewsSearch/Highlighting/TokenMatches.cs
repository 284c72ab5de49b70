using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Highlighting;

/// <summary>
/// Finds the matched words of a stored value by analysing it again with the indexing analysis: a
/// token matches when its analysed term is a query term (so <c>Uyghurs'</c> matches <c>uyghur</c>),
/// and its offsets come from the tokenizer, so a highlight always covers a whole word. The index
/// keeps positions but no offsets, which saves a sixth of its size.
/// </summary>
internal static class TokenMatches
{
    /// <summary>Shared: an Analyzer keeps its token streams per thread and reuses them.</summary>
    private static readonly Analyzer Analysis = NewsAnalyzer.Create();

    /// <summary>The term <paramref name="word"/> indexes as, alone; null when it is a stop word or splits into several tokens.</summary>
    public static string? SingleTerm(string field, string word)
    {
        var stream = Analysis.GetTokenStream(field, word);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            string? single = null;
            var count = 0;
            while (stream.IncrementToken() && ++count == 1)
            {
                single = term.ToString();
            }

            stream.End();
            return count == 1 ? single : null;
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>
    /// Adds the matches in <paramref name="value"/> to <paramref name="into"/> in text order,
    /// stopping after <paramref name="limit"/> of them; returns how many it added.
    /// </summary>
    public static int Find(string field, string value, FieldHighlightTerms terms, int limit, List<TextMatch> into)
    {
        var stream = Analysis.GetTokenStream(field, value);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var found = 0;
            while (found < limit && stream.IncrementToken())
            {
                if (terms.Match(term.Buffer, term.Length) is { } matched
                    && offset.StartOffset >= 0 && offset.EndOffset > offset.StartOffset && offset.EndOffset <= value.Length)
                {
                    into.Add(new TextMatch(offset.StartOffset, offset.EndOffset, matched));
                    found++;
                }
            }

            stream.End();
            return found;
        }
        finally
        {
            stream.Dispose();
        }
    }
}
