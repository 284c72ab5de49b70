using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// Answers already worked out for one index snapshot. An answer read from a snapshot cannot change
/// until the snapshot does, and a new snapshot is a new reader, so it starts a new cache; the old
/// one goes with its reader.
/// </summary>
/// <typeparam name="TKey">What the answer depends on besides the snapshot.</typeparam>
/// <typeparam name="TValue">The answer; null is an answer too ("nothing to suggest").</typeparam>
/// <param name="capacity">How many answers a snapshot keeps; past it the cache starts over rather than grow.</param>
internal sealed class SnapshotCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<TKey, TValue>> _bySnapshot = [];

    /// <summary>The answer for <paramref name="key"/> in the reader's snapshot, worked out by <paramref name="work"/> the first time; nothing is kept when it throws.</summary>
    public TValue GetOrAdd(IndexReader reader, TKey key, Func<TValue> work)
    {
        var cache = _bySnapshot.GetValue(reader.CoreCacheKey, _ => new());
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        if (cache.Count >= capacity)
        {
            cache.Clear();
        }

        var answer = work();
        cache[key] = answer;
        return answer;
    }
}
