using System.Text;

namespace NewsSearch.Ingest.Encodings;

/// <summary>
/// Replaces undecodable bytes with U+FFFD, as the default fallback does, and counts them, so a
/// streamed input can be read to the end and still get one warning about damaged bytes.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    private int _count;

    /// <summary>How many byte sequences have been replaced so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private void Increment() => Interlocked.Increment(ref _count);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;
        private bool _served;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Increment();
            _remaining = 1;
            _served = false;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining = 0;
            _served = true;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (!_served)
            {
                return false;
            }

            _served = false;
            _remaining = 1;
            return true;
        }

        public override void Reset()
        {
            _remaining = 0;
            _served = false;
        }
    }
}
