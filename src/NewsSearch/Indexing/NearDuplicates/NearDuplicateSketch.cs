using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsSearch.Indexing.NearDuplicates;

/// <summary>
/// A MinHash sketch of an article body's word 3-shingles: 128 minimums, each kept as 16 bits
/// (b-bit MinHash), 256 bytes per article. The share of equal positions in two sketches estimates
/// the Jaccard similarity of the two shingle sets (±0.045 at 128 positions), which is what tells a
/// lightly edited wire copy (most 3-word runs shared) from another outlet's own story on the same
/// event (the same names and words, but almost no 3-word run in common).
/// </summary>
internal static class NearDuplicateSketch
{
    /// <summary>Positions in a sketch.</summary>
    public const int Size = 128;

    /// <summary>Bytes a sketch takes.</summary>
    public const int Bytes = Size * 2;

    /// <summary>
    /// LSH bands of <see cref="Rows"/> positions over the first 64 positions: two articles are
    /// candidates when any band is equal. All 128 positions then decide, but 32 bands already find
    /// nearly every pair worth checking, with half the lookups.
    /// </summary>
    public const int Bands = 32;

    /// <summary>
    /// Two positions per band: a pair at Jaccard 0.3 shares a band with probability 0.95, at 0.4
    /// with 0.996, while a pair at 0.05 (another story) does so with 0.08, so candidates stay few.
    /// </summary>
    public const int Rows = 2;

    /// <summary>
    /// Estimated Jaccard similarity from which two bodies count as copies of one story. Chosen on
    /// the labelled pairs in tests/NewsSearch.Tests/TestData/duplicates (see DuplicateClusteringTests):
    /// lightly edited copies share 0.8–0.9 of their 3-word runs, heavily edited ones (words changed,
    /// a paragraph dropped, the ending cut) 0.5–0.7, while other outlets' own stories on the same
    /// event share at most 0.05. Below 0.4 lie the items written from one template (bond issues,
    /// market reports in Reuters-21578 share 0.3–0.4 with each other), which are not one story.
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>
    /// Bodies with fewer shingles (about 27 words) get no sketch: short formulaic items such as
    /// "Qtly div 35 cts vs 35 cts prior. Pay April one. Record March 14" share a third of their
    /// 3-word runs with every other dividend notice without being copies of one story.
    /// </summary>
    public const int MinimumShingles = 25;

    private const int ShingleWords = 3;

    // One random (a, b) per position: p(x) = a·x + b mod 2^64 is a permutation of the 64-bit shingle
    // hashes (a is odd). The constants come from XxHash64 so that no table of magic numbers is needed.
    private static readonly (ulong A, ulong B)[] Permutations = CreatePermutations();

    /// <summary>Computes the sketch of <paramref name="text"/>, or null when it is too short to judge.</summary>
    public static byte[]? Compute(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var shingles = Shingles(text);
        if (shingles.Count < MinimumShingles)
        {
            return null;
        }

        Span<ulong> minimums = stackalloc ulong[Size];
        minimums.Fill(ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var (a, b) = Permutations[i];
                var value = unchecked((a * shingle) + b);
                if (value < minimums[i])
                {
                    minimums[i] = value;
                }
            }
        }

        var sketch = new byte[Bytes];
        for (var i = 0; i < Size; i++)
        {
            // The minimum of many uniform values has leading zeros; folding all four 16-bit words
            // keeps the bits that vary.
            var min = minimums[i];
            var folded = (ushort)(min ^ (min >> 16) ^ (min >> 32) ^ (min >> 48));
            BinaryPrimitives.WriteUInt16LittleEndian(sketch.AsSpan(i * 2), folded);
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

        var first16 = MemoryMarshal.Cast<byte, ushort>(first);
        var second16 = MemoryMarshal.Cast<byte, ushort>(second);
        var equal = 0;
        for (var i = 0; i < Size; i++)
        {
            if (first16[i] == second16[i])
            {
                equal++;
            }
        }

        return (double)equal / Size;
    }

    /// <summary>Whether two sketches are of copies of one story.</summary>
    public static bool AreDuplicates(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => Similarity(first, second) >= Threshold;

    /// <summary>The LSH key of one band: its <see cref="Rows"/> positions as one number.</summary>
    public static uint BandKey(ReadOnlySpan<byte> sketch, int band) =>
        BinaryPrimitives.ReadUInt32LittleEndian(sketch.Slice(band * Rows * 2, Rows * 2));

    /// <summary>The distinct word 3-shingles of the normalised text, each as a 64-bit hash.</summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>(Math.Max(0, words.Count - ShingleWords + 1));
        Span<byte> buffer = stackalloc byte[ShingleWords * sizeof(ulong)];
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            for (var j = 0; j < ShingleWords; j++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(buffer[(j * sizeof(ulong))..], words[i + j]);
            }

            shingles.Add(XxHash3.HashToUInt64(buffer));
        }

        return shingles;
    }

    /// <summary>
    /// The words of the text, lower-cased and without accents or punctuation, each hashed. Apostrophes
    /// join (India's = indias) and number punctuation stays (1.5 ≠ 15), so typography edits between
    /// outlets (curly quotes, dashes) change nothing.
    /// </summary>
    private static List<ulong> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<ulong>(folded.Length / 6);
        var span = folded.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
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
                words.Add(HashWord(span[start..i]));
                start = -1;
            }
        }

        return words;
    }

    private static ulong HashWord(ReadOnlySpan<char> word)
    {
        Span<char> kept = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            if (c is not '\'' and not '\u2019' && length < kept.Length)
            {
                kept[length++] = c;
            }
        }

        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(kept[..length]));
    }

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

    private static (ulong A, ulong B)[] CreatePermutations()
    {
        var result = new (ulong A, ulong B)[Size];
        Span<byte> index = stackalloc byte[sizeof(int)];
        for (var i = 0; i < Size; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(index, i);
            result[i] = (XxHash64.HashToUInt64(index, seed: 0x5EED_A) | 1, XxHash64.HashToUInt64(index, seed: 0x5EED_B));
        }

        return result;
    }
}
