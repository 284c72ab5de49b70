using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Highlighting;

/// <summary>
/// Turns the token positions of a field's matches (from the postings) into character offsets by
/// running only the analysis chain's tokenizer over the stored text, until the last match: the
/// n-th token is at position n (see <see cref="EnglishTextAnalyzer.CreateTokenizer"/>), and the
/// tokenizer alone costs under half of the whole chain. Each mapped token is checked to analyse to
/// the term the postings named; when one does not, the caller falls back to analysing the value
/// with the whole chain. One per query: it remembers how the words it checked analyse.
/// </summary>
internal sealed class PositionOffsets
{
    [ThreadStatic]
    private static ReusableTokenizer? t_tokenizer;

    private readonly Dictionary<string, string?> _analysed = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a match for every position of <paramref name="positions"/> (in position order) to
    /// <paramref name="into"/>; false when the tokens and positions did not line up, and then
    /// <paramref name="into"/> holds an unfinished list the caller discards.
    /// </summary>
    public bool TryMap(string field, string value, List<TermPosition> positions, List<TextMatch> into)
    {
        var tokenizer = t_tokenizer ??= new ReusableTokenizer();
        var stream = tokenizer.Stream;
        stream.SetReader(new StringReader(value));
        try
        {
            stream.Reset();
            var position = -1;
            var next = 0;
            while (next < positions.Count && stream.IncrementToken())
            {
                position += tokenizer.Increment.PositionIncrement;
                if (positions[next].Position < position)
                {
                    return false;
                }

                var (start, end) = (tokenizer.Offset.StartOffset, tokenizer.Offset.EndOffset);
                for (; next < positions.Count && positions[next].Position == position; next++)
                {
                    if (end > value.Length || start >= end || !AnalysesTo(field, value, start, end, positions[next].Term))
                    {
                        return false;
                    }

                    into.Add(new TextMatch(start, end, positions[next].Term));
                }
            }

            stream.End();
            return next == positions.Count;
        }
        finally
        {
            stream.Dispose();
        }
    }

    private bool AnalysesTo(string field, string value, int start, int end, string term)
    {
        var surface = value.AsSpan(start, end - start);

        // Most matched words are the term itself in another case ("Oil" for oil): no analysis needed.
        if (surface.Equals(term, StringComparison.OrdinalIgnoreCase) && Ascii.IsValid(surface))
        {
            return true;
        }

        var word = surface.ToString();
        if (!_analysed.TryGetValue(word, out var analysed))
        {
            analysed = TokenMatches.SingleTerm(field, word);
            _analysed[word] = analysed;
        }

        return string.Equals(analysed, term, StringComparison.Ordinal);
    }

    /// <summary>A tokenizer kept per thread with its attributes, reused through SetReader/Reset/Dispose as an Analyzer reuses its chain.</summary>
    private sealed class ReusableTokenizer
    {
        public ReusableTokenizer()
        {
            Stream = EnglishTextAnalyzer.CreateTokenizer(TextReader.Null);
            Increment = Stream.AddAttribute<IPositionIncrementAttribute>();
            Offset = Stream.AddAttribute<IOffsetAttribute>();
        }

        public StandardTokenizer Stream { get; }

        public IPositionIncrementAttribute Increment { get; }

        public IOffsetAttribute Offset { get; }
    }
}
