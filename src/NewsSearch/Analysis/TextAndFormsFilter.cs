using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Analysis;

/// <summary>
/// The end of both analyses of article text. It reads the pairs KeywordRepeatFilter and
/// PorterStemFilter make of each word (the word as written, then its stem at the same position).
/// For a text field (<see cref="EnglishTextAnalyzer"/>) it drops stop words as StopFilter does
/// (their positions stay as gaps) and yields the stems, at most
/// <see cref="LuceneDefaults.MaxTokensPerField"/>; given a <see cref="FormsRecording"/>, it also
/// records what the field's forms twin holds, so one pass over the text serves both fields. For a
/// forms twin (<see cref="ExactFormsAnalyzer"/>) it yields those forms (see <see cref="ExactForms"/>):
/// stop words, and suffix tokens for words that differ from their stem; other words leave only a
/// position gap, so positions stay those of the text field.
/// </summary>
internal sealed class TextAndFormsFilter : TokenFilter
{
    private readonly CharArraySet _stopWords;
    private readonly bool _yieldForms;
    private readonly int _maxTokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private char[] _surface = new char[32];
    private FormsRecording? _recording;
    private int _skippedPositions;
    private int _formsIncrement;
    private int _yielded;

    /// <param name="input">The written words, each followed by its stem (<see cref="ExactFormsAnalyzer.WrittenWords"/>).</param>
    /// <param name="stopWords">The stop words.</param>
    /// <param name="yieldForms">Yield the forms twin's tokens instead of the stems.</param>
    /// <param name="maxTokens">The most tokens yielded; the rest of the text is not read.</param>
    public TextAndFormsFilter(TokenStream input, CharArraySet stopWords, bool yieldForms, int maxTokens)
        : base(input)
    {
        _stopWords = stopWords;
        _yieldForms = yieldForms;
        _maxTokens = maxTokens;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <summary>Records the forms of the next value a stem-yielding filter analyses (set before the stream is reset); null records nothing.</summary>
    public void RecordInto(FormsRecording? recording) => _recording = _yieldForms ? null : recording;

    public override bool IncrementToken()
    {
        if (_yielded >= _maxTokens)
        {
            // As LimitTokenCountFilter: the rest of the text is not read, so the twin must read it itself.
            _recording?.Abandon();
            _recording = null;
            return false;
        }

        while (m_input.IncrementToken())
        {
            var increment = _increment.PositionIncrement;
            _formsIncrement += increment;
            if (!_keyword.IsKeyword)
            {
                // A stem without its written word (KeywordRepeatFilter always yields both): a stem, no form.
                if (_yieldForms)
                {
                    continue;
                }

                return YieldStem(increment);
            }

            var length = _term.Length;
            if (_surface.Length < length)
            {
                _surface = new char[Math.Max(length, _surface.Length * 2)];
            }

            _term.Buffer.AsSpan(0, length).CopyTo(_surface);
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var surface = _surface.AsSpan(0, length);
            var isStopWord = _stopWords.Contains(_surface, 0, length);
            if (_yieldForms)
            {
                var stem = _term.Buffer.AsSpan(0, _term.Length);
                if (isStopWord || !stem.SequenceEqual(surface))
                {
                    var form = isStopWord ? surface.ToString() : ExactForms.SuffixToken(surface, stem);
                    _term.SetEmpty().Append(form);
                    _keyword.IsKeyword = false;
                    _increment.PositionIncrement = _formsIncrement;
                    _formsIncrement = 0;
                    _yielded++;
                    return true;
                }

                continue;
            }

            if (isStopWord)
            {
                _skippedPositions += increment;
                Record(surface, isStopWord: true);
                continue;
            }

            Record(surface, isStopWord: false);
            return YieldStem(increment);
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _skippedPositions = 0;
        _formsIncrement = 0;
        _yielded = 0;
        _recording?.Start();
    }

    public override void End()
    {
        base.End();
        var endIncrement = _increment.PositionIncrement;
        _recording?.Complete(endIncrement + _formsIncrement);
        _recording = null;

        // Trailing words that left no token count, as StopFilter's trailing stop words do.
        _increment.PositionIncrement = endIncrement + (_yieldForms ? _formsIncrement : _skippedPositions);
        _skippedPositions = 0;
        _formsIncrement = 0;
    }

    private bool YieldStem(int increment)
    {
        _increment.PositionIncrement = increment + _skippedPositions;
        _skippedPositions = 0;
        _yielded++;
        return true;
    }

    /// <summary>Records the form of the written word <paramref name="surface"/>, whose stem is in the term attribute, if it has one.</summary>
    private void Record(ReadOnlySpan<char> surface, bool isStopWord)
    {
        if (_recording is null)
        {
            return;
        }

        var stem = _term.Buffer.AsSpan(0, _term.Length);
        if (isStopWord || !stem.SequenceEqual(surface))
        {
            _recording.Add(isStopWord ? surface.ToString() : ExactForms.SuffixToken(surface, stem), _formsIncrement);
            _formsIncrement = 0;
        }
    }
}
