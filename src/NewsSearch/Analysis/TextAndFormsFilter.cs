using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Analysis;

/// <summary>
/// The end of both analyses of article text. It reads each word's Porter stem, with the word as
/// written beside it (<see cref="WrittenWordFilter"/>, before the stemmer).
/// For a text field (<see cref="EnglishTextAnalyzer"/>) it drops stop words as StopFilter does
/// (their positions stay as gaps) and yields the stems. For a forms twin (<see cref="ExactFormsAnalyzer"/>) it yields those forms (see <see cref="ExactForms"/>):
/// stop words, and suffix tokens for words that differ from their stem; other words leave only a
/// position gap, so positions stay those of the text field. At most
/// <see cref="LuceneDefaults.MaxTokensPerField"/> tokens either way. (Recording the twin's tokens
/// while the text field is analysed, and replaying them, was measured and saved nothing once this
/// chain was cheap: benchmarks/README.md.)
/// </summary>
internal sealed class TextAndFormsFilter : TokenFilter
{
    private const int MaxCachedForms = 4096;
    private readonly WrittenWordFilter _written;
    private readonly bool _yieldForms;
    private readonly int _maxTokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
    private int _skippedPositions;
    private int _formsIncrement;
    private int _yielded;

    /// <param name="tokenizer">The text's tokenizer.</param>
    /// <param name="stopWords">The stop words.</param>
    /// <param name="yieldForms">Yield the forms twin's tokens instead of the stems.</param>
    /// <param name="maxTokens">The most tokens yielded; the rest of the text is not read.</param>
    public static TextAndFormsFilter Create(Tokenizer tokenizer, CharArraySet stopWords, bool yieldForms, int maxTokens)
    {
        var written = new WrittenWordFilter(ExactFormsAnalyzer.FoldedWords(tokenizer), stopWords);
        return new TextAndFormsFilter(new PorterStemFilter(written), written, yieldForms, maxTokens);
    }

    private TextAndFormsFilter(TokenStream stems, WrittenWordFilter written, bool yieldForms, int maxTokens)
        : base(stems)
    {
        _written = written;
        _yieldForms = yieldForms;
        _maxTokens = maxTokens;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_yielded >= _maxTokens)
        {
            // As LimitTokenCountFilter: the rest of the text is not read.
            return false;
        }

        while (m_input.IncrementToken())
        {
            var increment = _increment.PositionIncrement;
            _formsIncrement += increment;
            var surface = _written.Word;
            var isStopWord = _written.IsStopWord;
            if (_yieldForms)
            {
                var stem = _term.Buffer.AsSpan(0, _term.Length);
                if (isStopWord || !stem.SequenceEqual(surface))
                {
                    var form = Form(surface, stem, isStopWord);
                    _term.SetEmpty().Append(form);
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
                continue;
            }

            _increment.PositionIncrement = increment + _skippedPositions;
            _skippedPositions = 0;
            _yielded++;
            return true;
        }

        return false;
    }
    public override void Reset()
    {
        base.Reset();
        _skippedPositions = 0;
        _formsIncrement = 0;
        _yielded = 0;
    }

    public override void End()
    {
        base.End();
        var endIncrement = _increment.PositionIncrement;

        // Trailing words that left no token count, as StopFilter's trailing stop words do.
        _increment.PositionIncrement = endIncrement + (_yieldForms ? _formsIncrement : _skippedPositions);
        _skippedPositions = 0;
        _formsIncrement = 0;
    }

    /// <summary>
    /// The stop word or suffix token, as one string per distinct form: there are a few hundred
    /// (benchmarks/README.md), so a string per occurrence would be most of the twin's allocations.
    /// </summary>
    private string Form(ReadOnlySpan<char> surface, ReadOnlySpan<char> stem, bool isStopWord)
    {
        Span<char> buffer = stackalloc char[64];
        scoped ReadOnlySpan<char> form;
        if (isStopWord)
        {
            form = surface;
        }
        else if (ExactForms.TryWriteSuffixToken(surface, stem, buffer, out var written))
        {
            form = buffer[..written];
        }
        else
        {
            return ExactForms.SuffixToken(surface, stem);
        }

        if (_forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var known))
        {
            return known;
        }

        var text = form.ToString();
        if (_forms.Count < MaxCachedForms)
        {
            _forms[text] = text;
        }

        return text;
    }
}
