using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// Times stages one call at a time, interleaved in a new random order every run. With
/// <c>NEWSSEARCH_BENCH_CLOCK=thread</c> it counts the thread's CPU time instead of wall time, so
/// time slices lost to other processes on a loaded machine do not count.
/// </summary>
internal static partial class InterleavedStages
{
    private static readonly bool ThreadClock = Environment.GetEnvironmentVariable("NEWSSEARCH_BENCH_CLOCK") == "thread";

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
                var start = Now();
                stages[s]();
                samples[s].Add(Now() - start);
            }
        }

        return [.. samples.Select(s => s.Median)];
    }

    /// <summary>Microseconds on the chosen clock.</summary>
    private static double Now()
    {
        if (!ThreadClock)
        {
            return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
        }

        ClockGetTime(ThreadCpuTimeClock, out var time);
        return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
    }

    private const int ThreadCpuTimeClock = 3;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
