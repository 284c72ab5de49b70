using System.Diagnostics;
using System.Globalization;
using NewsSearch.Cli.Tests.Support;
using Xunit.Abstractions;

namespace NewsSearch.Cli.Tests.Commands;

/// <summary>
/// The real CLI killed with SIGKILL (no chance to clean up) at random moments: the index must stay
/// clean (Lucene's CheckIndex), keep every committed article, and a rerun must finish the job.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Articles = 20_000;
    private readonly ITestOutputHelper _output;

    public CrashRecoveryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("NEWSSEARCH_CRASH_KILLS"), NumberStyles.None, CultureInfo.InvariantCulture, out var kills) ? kills : 20;

    [CrashLoopFact]
    [Trait("Category", "CrashLoop")]
    public void Index_KilledAtRandomMomentsTwentyTimes_StaysCleanKeepsCommitsAndRerunCompletes()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var input = GeneratedInput.Write(folder.Combine("big.jsonl"), Articles);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var previous = 0;
        var kills = 0;
        var completed = 0;
        var clock = Stopwatch.StartNew();

        // Kill anywhere in a run: while starting, reading, flushing segments, merging or committing.
        // The window starts wide and shrinks to the length of a run once one has finished first.
        var longest = 9000;
        for (var attempt = 0; kills < Kills; attempt++)
        {
            Assert.True(attempt < Kills * 3, $"only {kills} kills in {attempt} attempts (seed {seed})");

            var delay = TimeSpan.FromMilliseconds(random.Next(100, longest));
            var run = Stopwatch.StartNew();
            var (killed, exitCode, error) = RunAndKill(["index", input, "--commit-every", "2000", "--index", folder.Index], delay);
            if (killed)
            {
                kills++;
            }
            else
            {
                // A run that finished before the kill must have succeeded; a stale lock would have made it exit 2.
                Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
                completed++;
                longest = Math.Max(300, (int)(run.ElapsedMilliseconds * 0.95));
            }

            if (!Directory.Exists(folder.Index) || !Directory.EnumerateFiles(folder.Index, "segments_*").Any())
            {
                // Killed before the first commit: nothing to check yet.
                continue;
            }

            var checkedCount = IndexProbe.AssertClean(folder.Index);
            var count = IndexProbe.Count(folder.Index);
            _output.WriteLine($"{(killed ? "killed" : "finished")} after {delay.TotalMilliseconds:0} ms: {count} articles committed");
            Assert.Equal(checkedCount, count);
            Assert.InRange(count, previous, Articles);
            previous = count;
        }

        var rerun = CliRunner.Run("index", input, "--index", folder.Index);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(Articles, IndexProbe.AssertClean(folder.Index));
        var ids = IndexProbe.AllIds(folder.Index);
        Assert.Equal(Articles, ids.Count);
        Assert.Equal(Articles, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(1, IndexProbe.Matches(folder.Index, "uniq12345"));
        _output.WriteLine($"seed {seed}: {kills} kills survived, {completed} runs finished first, {clock.Elapsed.TotalSeconds:0} s");
    }

    [Fact]
    public void IndexRebuild_KilledAtRandomMoments_LeavesTheOldOrTheNewIndexNeverAMix()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var sets = new[]
        {
            (File: GeneratedInput.Write(folder.Combine("old.jsonl"), 2_000, "old", "Old Wire"), Count: 2_000, Source: "Old Wire"),
            (File: GeneratedInput.Write(folder.Combine("new.jsonl"), 4_000, "new", "New Wire"), Count: 4_000, Source: "New Wire"),
        };
        var first = Stopwatch.StartNew();
        Assert.Equal(0, CliRunner.Run("index", sets[0].File, "--index", folder.Index).ExitCode);

        // Kill anywhere from start-up to well after a rebuild of the larger set would have finished.
        var longest = (int)Math.Max(1000, first.ElapsedMilliseconds * 3);
        var current = 0;
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            var target = 1 - current;
            var delay = TimeSpan.FromMilliseconds(random.Next(100, longest));

            var (killed, exitCode, error) = RunAndKill(["index", sets[target].File, "--rebuild", "--index", folder.Index], delay);

            Assert.True(killed || exitCode == 0, $"exit {exitCode}: {error}");
            var count = IndexProbe.AssertClean(folder.Index);
            var state = count == sets[current].Count ? current : count == sets[target].Count ? target : -1;
            Assert.True(state >= 0, $"{count} articles after a rebuild from {sets[current].Count} to {sets[target].Count} was killed (seed {seed})");
            Assert.Equal(count, IndexProbe.Matches(folder.Index, "*", "--source", sets[state].Source));
            outcomes.Add($"{(killed ? "killed" : "finished")} at {delay.TotalMilliseconds:0} ms -> {(state == target ? "new" : "old")}");
            current = state;
        }

        _output.WriteLine($"seed {seed}: " + string.Join("; ", outcomes));
    }

    [Fact]
    public void Delete_KilledAtRandomMoments_DeletesAllOrNone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var input = GeneratedInput.Write(folder.Combine("articles.jsonl"), 5_000);
        Assert.Equal(0, CliRunner.Run("index", input, "--index", folder.Index).ExitCode);
        var ids = Enumerable.Range(0, 2_000).Select(i => "art-" + (i * 2).ToString(CultureInfo.InvariantCulture)).ToArray();

        // Kill anywhere from start-up to a little after a delete would have finished (timed on ids that are not there).
        var dryRun = Stopwatch.StartNew();
        Assert.Equal(1, CliRunner.Run(["delete", .. ids.Select(id => "absent-" + id), "--index", folder.Index]).ExitCode);
        var longest = (int)Math.Max(500, dryRun.ElapsedMilliseconds * 1.5);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(50, longest));

            var (killed, exitCode, error) = RunAndKill(["delete", .. ids, "--index", folder.Index], delay);

            Assert.True(killed || exitCode == 0, $"exit {exitCode}: {error}");
            var count = IndexProbe.AssertClean(folder.Index);
            Assert.True(count is 5_000 or 3_000, $"{count} articles after a delete of 2,000 of 5,000 was killed (seed {seed})");
            Assert.Equal(count == 5_000 ? 1 : 0, IndexProbe.Matches(folder.Index, "uniq1234"));
            Assert.Equal(1, IndexProbe.Matches(folder.Index, "uniq1235"));
            outcomes.Add($"{(killed ? "killed" : "finished")} at {delay.TotalMilliseconds:0} ms -> {(count == 5_000 ? "none" : "all")} deleted");
            if (count == 3_000)
            {
                Assert.Equal(0, CliRunner.Run("index", input, "--index", folder.Index).ExitCode);
            }
        }

        _output.WriteLine($"seed {seed}: " + string.Join("; ", outcomes));
    }

    [Fact]
    public void Index_AfterAWriterWasKilled_TheNextRunIsNotBlockedByItsLock()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var input = GeneratedInput.Write(folder.Combine("articles.jsonl"), 200);
        using var writer = CliRunner.Start(["index", "-", "--index", folder.Index]);
        writer.StandardInput.WriteLine(GeneratedInput.Line(1, "held"));
        writer.StandardInput.Flush();
        Eventually.True(() => File.Exists(Path.Combine(folder.Index, "newssearch.write.lock")), TimeSpan.FromSeconds(30), "the writer never took its lock");

        var whileHeld = CliRunner.Run("index", input, "--index", folder.Index);
        writer.Kill();
        writer.WaitForExit();
        var afterKill = CliRunner.Run("index", input, "--index", folder.Index);

        Assert.Equal(2, whileHeld.ExitCode);
        Assert.Equal($"newssearch: index at '{folder.Index}' is being written by another process; wait for it to finish", Assert.Single(whileHeld.ErrorLines));
        Assert.True(afterKill.ExitCode == 0, afterKill.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Index, "write.lock")) || File.Exists(Path.Combine(folder.Index, "newssearch.write.lock")), "the lock files stay behind, as after any SIGKILL");
        Assert.Equal(200, IndexProbe.AssertClean(folder.Index));
    }

    /// <summary>Starts the CLI, sends SIGKILL after <paramref name="delay"/> unless it has finished, and waits for it to end.</summary>
    private static (bool Killed, int ExitCode, string Error) RunAndKill(IEnumerable<string> arguments, TimeSpan delay)
    {
        using var process = CliRunner.Start(arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var killed = false;
        if (!process.WaitForExit(delay))
        {
            try
            {
                process.Kill();
                killed = true;
            }
            catch (InvalidOperationException)
            {
                // It ended between the wait and the kill.
            }
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "the CLI did not end");
        process.WaitForExit();
        output.GetAwaiter().GetResult();
        return (killed, process.ExitCode, error.GetAwaiter().GetResult());
    }
}
