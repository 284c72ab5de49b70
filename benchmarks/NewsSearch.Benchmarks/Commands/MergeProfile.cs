using System.Diagnostics;
using System.Globalization;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>profile merge --index DIR [--out COPY]</c>: what <see cref="NewsIndexWriter.Optimize"/> costs on
/// its own, on a copy of an index (such as one a rebuild without it left in several segments); the
/// merged copy is kept in COPY when given.
/// </summary>
internal static class MergeProfile
{
    public static int Run(Arguments arguments)
    {
        var source = arguments.Get("--index") ?? throw new ArgumentException("profile merge needs --index DIR");
        var keep = arguments.Get("--out");
        var copy = keep ?? Path.Combine(Path.GetTempPath(), "newssearch-merge-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var before = Segments(copy);
            var clock = Stopwatch.StartNew();
            using (var writer = NewsIndexWriter.Open(copy))
            {
                writer.Optimize();
            }

            var invariant = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(invariant, $"Optimize: {before} -> {Segments(copy)} segments in {clock.Elapsed.TotalSeconds:0.0} s ({IndexFiles.Total(copy) / 1e6:0} MB); {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}"));
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                System.IO.Directory.Delete(copy, recursive: true);
            }
        }
    }

    private static int Segments(string path)
    {
        using var searcher = NewsSearcher.Open(path);
        return searcher.GetStats().Segments;
    }
}
