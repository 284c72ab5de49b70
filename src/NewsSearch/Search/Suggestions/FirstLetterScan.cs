using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// The one-shot way to find a word's neighbours in a field: read the terms that share its first
/// letter, segment by segment, and check each with the bounded edit distance. A process that runs
/// one query has no <see cref="SpellingDictionary"/>, and building the Levenshtein automata of a
/// fuzzy enumeration was most of its suggestion's cost (three automata, each converted to UTF-8 and
/// determinised) although an index the size of Reuters-21578 holds only a few thousand terms per letter.
/// A segment with more terms than <see cref="MaxSegmentTerms"/> has too many to read; the caller then
/// uses the automata, whose cost does not grow with the index.
/// </summary>
internal static class FirstLetterScan
{
    /// <summary>
    /// Segments with more distinct terms in the field are not scanned. Measured on one segment of
    /// made-up words: in a warm process the scan costs 0.33x the automata at 22,000 terms, 1.1x at
    /// 86,000 and 4.3x at 345,000; in the cold process it is meant for (the Native AOT CLI), a
    /// suggestion over the 86,000 terms took 3 ms scanned against 12 ms with the automata.
    /// </summary>
    public const int MaxSegmentTerms = 100_000;

    // Words longer than this are no correction of anything (the buffer a term is decoded into).
    private const int MaxWordChars = 64;

    /// <summary>Whether every segment's terms of <paramref name="field"/> are few enough to scan.</summary>
    public static bool CanScan(IndexReader reader, string field)
    {
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is not null && (terms.Count < 0 || terms.Count > MaxSegmentTerms))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The field's words of letters only, at least <paramref name="minLength"/> long, that share
    /// <paramref name="term"/>'s first letter and are within <paramref name="maxEdits"/> of it, with
    /// the number of articles holding each (summed over segments).
    /// </summary>
    public static Dictionary<string, SpellingCandidate> Neighbours(IndexReader reader, string field, string term, int maxEdits, int minLength)
    {
        var found = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
        var first = new BytesRef(term[..(char.IsHighSurrogate(term[0]) && term.Length > 1 ? 2 : 1)]);
        Span<char> chars = stackalloc char[MaxWordChars];
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            if (termsEnum.SeekCeil(first) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                var bytes = termsEnum.Term;
                if (!StringHelper.StartsWith(bytes, first))
                {
                    break;
                }

                // A term's UTF-8 bytes are at least its characters and at most three times as many.
                if (bytes.Length < term.Length - maxEdits || bytes.Length > 3 * (term.Length + maxEdits) || bytes.Length > MaxWordChars)
                {
                    continue;
                }

                var length = Encoding.UTF8.GetChars(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), chars);
                var word = chars[..length];
                if (length < minLength || Math.Abs(length - term.Length) > maxEdits || !IsLetters(word))
                {
                    continue;
                }

                var edits = EditDistance.Within(word, term, maxEdits);
                if (edits > maxEdits)
                {
                    continue;
                }

                // Only words within reach get here, few enough to be made strings.
                SpellingCandidate.AddSegmentCount(found, word.ToString(), edits, termsEnum.DocFreq);
            }
            while (termsEnum.MoveNext());
        }

        return found;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
