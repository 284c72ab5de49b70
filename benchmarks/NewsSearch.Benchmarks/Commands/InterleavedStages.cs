using System.Diagnostics;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>Times stages one call at a time, interleaved in a new random order every run.</summary>
internal static class InterleavedStages
{
    /// <summary>The median µs of each stage over <paramref name="runs"/> runs, after <paramref name="warmup"/> untimed ones.</summary>
    public static double[] Medians(IReadOnlyList<Func<object?>> stages, int runs, int warmup)
    {
        var samples = stages.Select(_ => new Percentiles()).ToArray();
        var order = Enumerable.Range(0, stages.Count).ToArray();
        var random = new Random(42);
        for (var i = 0; i < warmup; i++)
        {
            foreach (var stage in stages)
            {
                stage();
            }
        }

        // Interleaved, so load from elsewhere on the machine falls on every stage alike.
        for (var i = 0; i < runs; i++)
        {
            // A new order every run: a stage that always followed a search of the same query would
            // find the postings in the CPU caches, and one that always followed the parse would not.
            random.Shuffle(order);
            foreach (var s in order)
            {
                // Each stage starts with an empty gen0, so none pays for the garbage of the one before.
                GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                var start = Stopwatch.GetTimestamp();
                stages[s]();
                samples[s].Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        return [.. samples.Select(s => s.Median)];
    }
}
