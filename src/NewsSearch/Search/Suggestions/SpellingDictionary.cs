using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// The words of one segment that a misspelling can be corrected to (letters only, at least three
/// of them), with how many articles hold each, grouped by first letter and length. Looking up a
/// word then compares it with the few hundred words of its letter and nearby lengths, instead of
/// intersecting four fields' term dictionaries with Levenshtein automata that are built anew for
/// each query, which costs more than the search itself. Built once per segment on first use and kept as
/// long as the segment is open; segments never change, so a new commit only adds the new ones.
/// </summary>
internal sealed class SpellingDictionary
{
    private static readonly ConditionalWeakTable<object, SpellingDictionary> BySegment = [];

    private readonly Dictionary<(char First, int Length), Entry[]> _buckets;

    private SpellingDictionary(Dictionary<(char First, int Length), Entry[]> buckets)
    {
        _buckets = buckets;
    }

    /// <summary>The dictionary of <paramref name="segment"/>, built on first use.</summary>
    public static SpellingDictionary For(AtomicReader segment, IReadOnlyList<string> fields) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => Build(segment, fields));

    /// <summary>Adds the words within <paramref name="maxEdits"/> of <paramref name="word"/> that share its first letter, summing article counts over segments.</summary>
    public void AddNeighbours(string word, int maxEdits, int minLength, Dictionary<string, SpellingCandidate> found)
    {
        for (var length = Math.Max(minLength, word.Length - maxEdits); length <= word.Length + maxEdits; length++)
        {
            if (!_buckets.TryGetValue((word[0], length), out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var edits = EditDistance.Within(entry.Term, word, maxEdits);
                if (edits > maxEdits)
                {
                    continue;
                }

                SpellingCandidate.AddSegmentCount(found, entry.Term, edits, entry.DocFreq);
            }
        }
    }

    internal static SpellingDictionary Build(AtomicReader segment, IReadOnlyList<string> fields)
    {
        // A word's article count is its largest in any of the fields, as for the query's own word.
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var terms = segment.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var bytes = termsEnum.Term;
                if (bytes.Length < 3 || !StartsWithLetter(bytes.Bytes[bytes.Offset]))
                {
                    continue;
                }

                var text = bytes.Utf8ToString();
                if (!text.All(char.IsLetter))
                {
                    continue;
                }

                var docFreq = termsEnum.DocFreq;
                if (!docFreqs.TryGetValue(text, out var known) || known < docFreq)
                {
                    docFreqs[text] = docFreq;
                }
            }
        }

        var buckets = docFreqs
            .GroupBy(pair => (pair.Key[0], pair.Key.Length))
            .ToDictionary(group => group.Key, group => group.Select(pair => new Entry(pair.Key, pair.Value)).ToArray());
        return new SpellingDictionary(buckets);
    }

    /// <summary>Digits and punctuation cannot start a correction; any non-ASCII byte may start a letter.</summary>
    private static bool StartsWithLetter(byte first) => first >= 0x80 || char.IsAsciiLetter((char)first);

    private readonly record struct Entry(string Term, int DocFreq);
}
