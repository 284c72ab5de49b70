using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Analysis;

/// <summary>
/// Reads the pairs KeywordRepeatFilter and PorterStemFilter make of each word (the word as
/// written, then its stem at the same position) and keeps what the stemmed text field lacks (see
/// <see cref="ExactForms"/>): stop words, and suffix tokens for words that differ from their stem.
/// Skipped words still advance the position, so positions stay those of the text field.
/// </summary>
internal sealed class ExactFormsFilter : TokenFilter
{
    private readonly CharArraySet _stopWords;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private int _pendingIncrement;

    public ExactFormsFilter(TokenStream input, CharArraySet stopWords)
        : base(input)
    {
        _stopWords = stopWords;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            _pendingIncrement += _increment.PositionIncrement;
            if (!_keyword.IsKeyword)
            {
                // A stem whose word was not repeated (cannot happen with KeywordRepeatFilter first): nothing to add.
                continue;
            }

            var surface = new string(_term.Buffer, 0, _term.Length);
            if (!m_input.IncrementToken())
            {
                return false;
            }

            string? emit;
            if (_stopWords.Contains(surface))
            {
                emit = surface;
            }
            else
            {
                var stem = _term.Buffer.AsSpan(0, _term.Length);
                emit = stem.SequenceEqual(surface) ? null : ExactForms.SuffixToken(surface, stem);
            }

            if (emit is null)
            {
                continue;
            }

            _term.SetEmpty().Append(emit);
            _keyword.IsKeyword = false;
            _increment.PositionIncrement = _pendingIncrement;
            _pendingIncrement = 0;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingIncrement = 0;
    }

    public override void End()
    {
        base.End();
        // Trailing skipped words count, as the text field's trailing stop words do.
        _increment.PositionIncrement += _pendingIncrement;
        _pendingIncrement = 0;
    }
}
