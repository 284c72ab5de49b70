using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>
/// Copies each word as written (before the stemmer after it) into <see cref="Word"/>, where
/// <see cref="TextAndFormsFilter"/> finds it beside the stem. A copy per word is cheaper than
/// KeywordRepeatFilter's, which captures and restores every attribute to yield each word twice.
/// </summary>
internal sealed class WrittenWordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private char[] _word = new char[32];
    private int _length;

    public WrittenWordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>The last word as written.</summary>
    public ReadOnlySpan<char> Word => _word.AsSpan(0, _length);

    /// <summary>The same, as the buffer and length a <see cref="Lucene.Net.Analysis.Util.CharArraySet"/> looks up.</summary>
    public char[] Buffer => _word;

    public int Length => _length;

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
        return true;
    }
}
