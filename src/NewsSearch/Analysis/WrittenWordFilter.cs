using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Analysis;

/// <summary>
/// Copies each word as written (before the stemmer after it) into <see cref="Word"/>, where
/// <see cref="TextAndFormsFilter"/> finds it beside the stem. A copy per word is cheaper than
/// KeywordRepeatFilter's, which captures and restores every attribute to yield each word twice.
/// It also tells whether the word is a stop word (<see cref="IsStopWord"/>), and marks stop words as
/// keywords so that the stemmer leaves them alone: neither analysis uses a stop word's stem (the text
/// field drops it, the forms twin keeps it as written), and they are 28% of the words of Reuters bodies.
/// </summary>
internal sealed class WrittenWordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly CharArraySet _stopWords;
    private char[] _word = new char[32];
    private int _length;

    public WrittenWordFilter(TokenStream input, CharArraySet stopWords)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _stopWords = stopWords;
    }

    /// <summary>The last word as written.</summary>
    public ReadOnlySpan<char> Word => _word.AsSpan(0, _length);

    /// <summary>Whether the current word is a stop word.</summary>
    public bool IsStopWord { get; private set; }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _length = _term.Length;
        if (_word.Length < _length)
        {
            _word = new char[Math.Max(_length, _word.Length * 2)];
        }

        _term.Buffer.AsSpan(0, _length).CopyTo(_word);
        IsStopWord = _stopWords.Contains(_word, 0, _length);
        if (IsStopWord)
        {
            // Only set, never cleared: the tokenizer clears every attribute for each new word.
            _keyword.IsKeyword = true;
        }

        return true;
    }
}
