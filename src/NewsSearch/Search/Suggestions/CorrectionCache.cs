using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// The corrections already worked out for one index snapshot, by the word as typed. Misspellings
/// repeat (every reader who types Gorbahcev), and a correction costs a dictionary scan and a few
/// stored-text reads, while the answer cannot change until the snapshot does: a new snapshot is a
/// new reader and starts a new cache.
/// </summary>
internal static class CorrectionCache
{
    /// <summary>Enough for a day's distinct misspellings; past it the cache starts over rather than grow.</summary>
    private const int MaxWords = 10_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Word, bool SynonymsExpanded), string?>> BySnapshot = [];

    public static string? GetOrAdd(IndexReader reader, string word, bool synonymsExpanded, Func<string?> correct)
    {
        var cache = BySnapshot.GetValue(reader.CoreCacheKey, _ => new());
        if (cache.TryGetValue((word, synonymsExpanded), out var known))
        {
            return known;
        }

        if (cache.Count >= MaxWords)
        {
            cache.Clear();
        }

        var corrected = correct();
        cache[(word, synonymsExpanded)] = corrected;
        return corrected;
    }
}
