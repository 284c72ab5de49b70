using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsSearch.Indexing.NearDuplicates;

/// <summary>
/// A MinHash sketch of an article body's word 3-shingles, 64 bytes per article: one-permutation
/// hashing (each shingle's hash picks one of 64 bins and the bin keeps its smallest value; empty
/// bins borrow a filled one's, "densification") with 8 bits kept per bin (b-bit MinHash). The share
/// of equal positions in two sketches, corrected for the 1 in 256 chance that two different minimums
/// agree on 8 bits, estimates the Jaccard similarity of the two shingle sets: one standard deviation
/// is ±0.06 at 0.4, and the RMS error over the 20,043 Reuters-21578 pairs with a true Jaccard of 0.1
/// or more is 0.043 (0.030 for the 256-byte sketch of 128 16-bit minimums this replaced). That is
/// what tells a lightly edited wire copy (most 3-word runs shared) from another outlet's own story
/// on the same event (the same names and words, but almost no 3-word run in common). One hash per
/// shingle also makes it cheap to compute, unlike 64 separate permutations.
/// </summary>
internal static class NearDuplicateSketch
{
    /// <summary>Positions (bins) in a sketch.</summary>
    public const int Size = 64;

    /// <summary>Bytes a sketch takes: one per position.</summary>
    public const int Bytes = Size;

    /// <summary>
    /// LSH bands of <see cref="Rows"/> positions over the whole sketch: two articles are candidates
    /// when any band is equal, and the whole sketch then decides.
    /// </summary>
    public const int Bands = Size / Rows;

    /// <summary>
    /// Two positions per band (a 16-bit key): with 32 bands a pair at Jaccard 0.3 shares a band with
    /// probability 0.95, at 0.4 with 0.997, while a pair at 0.05 (another story) does so with 0.09 and
    /// unrelated text with 0.0005, so candidates stay few.
    /// </summary>
    public const int Rows = 2;

    /// <summary>
    /// Estimated Jaccard similarity from which two bodies count as copies of one story. Chosen on
    /// the labelled pairs in tests/NewsSearch.Tests/TestData/duplicates (see DuplicateClusteringTests):
    /// lightly edited copies share 0.8–0.9 of their 3-word runs, heavily edited ones (words changed,
    /// a paragraph dropped, the ending cut) 0.5–0.7, while other outlets' own stories on the same
    /// event share at most 0.05. Below 0.4 lie the items written from one template (bond issues,
    /// market reports in Reuters-21578 share 0.3–0.4 with each other), which are not one story.
    /// The sketch's noise blurs the edge: on Reuters, pairs at a true 0.4–0.5 pass two times in three
    /// and pairs at 0.3–0.4 one time in seven; from 0.5 up and below 0.3 the decision is all but exact.
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>
    /// Bodies with fewer shingles (about 27 words) get no sketch: short formulaic items such as
    /// "Qtly div 35 cts vs 35 cts prior. Pay April one. Record March 14" share a third of their
    /// 3-word runs with every other dividend notice without being copies of one story.
    /// </summary>
    public const int MinimumShingles = 25;

    private const int ShingleWords = 3;

    private const int BinBits = 6;

    // The chance that the 8 bits kept of two different minimums are equal.
    private const double RandomAgreement = 1.0 / 256;

    // The permutation p(x) = a·x + b mod 2^64 of the 64-bit shingle hashes (a is odd): its top bits
    // pick the bin. A second odd multiplier orders the shingles within a bin, so the kept bits do not
    // depend on the bin choice. The constants come from XxHash64 so that no magic numbers are needed.
    private static readonly ulong PermutationA = Constant(0x5EED_A) | 1;
    private static readonly ulong PermutationB = Constant(0x5EED_B);
    private static readonly ulong OrderMultiplier = Constant(0x5EED_C) | 1;

    /// <summary>Computes the sketch of <paramref name="text"/>, or null when it is too short to judge.</summary>
    public static byte[]? Compute(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // One pass over the shingles, with no set of them: a minimum is the same over a set and over
        // the list it came from, and only whether there are MinimumShingles distinct ones is needed.
        Span<ulong> minimums = stackalloc ulong[Size];
        minimums.Fill(ulong.MaxValue);
        Span<bool> filled = stackalloc bool[Size];
        Span<ulong> firstDistinct = stackalloc ulong[MinimumShingles];
        var distinct = 0;
        var shingles = new ShingleReader(text);
        Span<byte> buffer = stackalloc byte[ShingleReader.BufferBytes];
        while (shingles.TryRead(buffer, out var shingle))
        {
            if (distinct < MinimumShingles && !firstDistinct[..distinct].Contains(shingle))
            {
                firstDistinct[distinct++] = shingle;
            }

            var hash = unchecked((PermutationA * shingle) + PermutationB);
            var bin = (int)(hash >> (64 - BinBits));
            var value = unchecked(hash * OrderMultiplier);
            filled[bin] = true;
            if (value < minimums[bin])
            {
                minimums[bin] = value;
            }
        }

        if (distinct < MinimumShingles)
        {
            return null;
        }

        var sketch = new byte[Bytes];
        for (var i = 0; i < Size; i++)
        {
            // An empty bin takes the minimum of a filled bin chosen by a hash of (bin, attempt): two
            // sets fill it from the same bin sequence, so it agrees as often as a filled bin would.
            var source = i;
            for (var attempt = 1; !filled[source]; attempt++)
            {
                source = attempt <= 1000 ? (int)(Mix(((ulong)i << 32) | (uint)attempt) >> (64 - BinBits)) : filled.IndexOf(true);
            }

            // The minimum of many uniform values has leading zeros; folding its eight bytes keeps bits that vary.
            var min = minimums[source];
            var folded = min ^ (min >> 32);
            folded ^= folded >> 16;
            sketch[i] = (byte)(folded ^ (folded >> 8));
        }

        return sketch;
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets behind two sketches, 0 to 1.</summary>
    public static double Similarity(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        if (first.Length != Bytes || second.Length != Bytes)
        {
            return 0;
        }

        // 32 positions at a time: clustering a whole index compares every candidate pair.
        var equal = 0;
        for (var i = 0; i < Size; i += Vector256<byte>.Count)
        {
            var same = Vector256.Equals(Vector256.Create(first[i..]), Vector256.Create(second[i..]));
            equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
        }

        var agreement = (double)equal / Size;
        return Math.Max(0, (agreement - RandomAgreement) / (1 - RandomAgreement));
    }

    /// <summary>Whether two sketches are of copies of one story.</summary>
    public static bool AreDuplicates(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => Similarity(first, second) >= Threshold;

    /// <summary>The LSH key of one band: its <see cref="Rows"/> positions as one number.</summary>
    public static uint BandKey(ReadOnlySpan<byte> sketch, int band) =>
        BinaryPrimitives.ReadUInt16LittleEndian(sketch.Slice(band * Rows, Rows));

    /// <summary>The distinct word 3-shingles of the normalised text, each as a 64-bit hash.</summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        var shingles = new HashSet<ulong>();
        var reader = new ShingleReader(text);
        Span<byte> buffer = stackalloc byte[ShingleReader.BufferBytes];
        while (reader.TryRead(buffer, out var shingle))
        {
            shingles.Add(shingle);
        }

        return shingles;
    }

    /// <summary>
    /// The text's word 3-shingles in order, repeats included, each the hash of its three word hashes.
    /// The words are lower-cased and without accents or punctuation. Apostrophes join (India's = indias)
    /// and number punctuation stays (1.5 ≠ 15), so typography edits between outlets (curly quotes,
    /// dashes) change nothing.
    /// </summary>
    private ref struct ShingleReader
    {
        /// <summary>Bytes of the buffer that <see cref="TryRead"/> hashes a shingle's three word hashes in.</summary>
        public const int BufferBytes = ShingleWords * sizeof(ulong);

        private readonly ReadOnlySpan<char> _text;
        private readonly bool _lowerAscii;
        private int _next;
        private int _words;
        private ulong _first;
        private ulong _second;

        public ShingleReader(string text)
        {
            // Most articles are ASCII: their letters are lower-cased word by word as they are hashed
            // instead of copying the whole text lower-cased first (the same hashes either way).
            _lowerAscii = Ascii.IsValid(text);
            _text = _lowerAscii ? text : Fold(text);
        }

        public bool TryRead(scoped Span<byte> buffer, out ulong shingle)
        {
            while (TryReadWord(out var word))
            {
                _words++;
                if (_words >= ShingleWords)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer, _first);
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer[sizeof(ulong)..], _second);
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer[(2 * sizeof(ulong))..], word);
                    shingle = XxHash3.HashToUInt64(buffer);
                    _first = _second;
                    _second = word;
                    return true;
                }

                _first = _second;
                _second = word;
            }

            shingle = 0;
            return false;
        }

        private bool TryReadWord(out ulong word)
        {
            var span = _text;
            var start = -1;
            for (var i = _next; i <= span.Length; i++)
            {
                var c = i < span.Length ? span[i] : ' ';
                var inWord = char.IsLetterOrDigit(c)
                    || (start >= 0 && c is '\'' or '\u2019' && i + 1 < span.Length && char.IsLetter(span[i + 1]))
                    || (start >= 0 && c is '.' or ',' && char.IsDigit(span[i - 1]) && i + 1 < span.Length && char.IsDigit(span[i + 1]));
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    word = HashWord(span[start..i], _lowerAscii);
                    _next = i + 1;
                    return true;
                }
            }

            _next = span.Length + 1;
            word = 0;
            return false;
        }
    }

    private static ulong HashWord(ReadOnlySpan<char> word, bool lowerAscii)
    {
        Span<char> kept = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            if (c is not '\'' and not '\u2019' && length < kept.Length)
            {
                kept[length++] = lowerAscii && char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        }

        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(kept[..length]));
    }

    /// <summary>Lower-cased, decomposed and without its accents (for text that is not all ASCII).</summary>
    private static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static ulong Constant(ulong seed) => XxHash64.HashToUInt64([], (long)seed);

    // SplitMix64's finaliser: a cheap, well-mixed hash of one number.
    private static ulong Mix(ulong value)
    {
        value = unchecked((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL);
        value = unchecked((value ^ (value >> 27)) * 0x94D049BB133111EBUL);
        return value ^ (value >> 31);
    }
}
