namespace NewsSearch.Ingest;

/// <summary>
/// Writes characters into a caller's buffer with every run of whitespace as one space and none at
/// either end. Never writes more characters than it is given, so a buffer as long as the input suffices.
/// </summary>
internal ref struct WhitespaceCollapsingWriter(Span<char> buffer)
{
    private readonly Span<char> _buffer = buffer;
    private int _length;
    private bool _space;

    public readonly ReadOnlySpan<char> Written => _buffer[.._length];

    public void Append(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            _space = _length > 0;
            return;
        }

        if (_space)
        {
            _buffer[_length++] = ' ';
            _space = false;
        }

        _buffer[_length++] = c;
    }
}
