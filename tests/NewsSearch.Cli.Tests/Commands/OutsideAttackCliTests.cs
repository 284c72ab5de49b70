using System.Diagnostics;
using System.Text;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

/// <summary>The failures of the outside attack (issue 14) through the real CLI: each ends with a warning or one line, never raw terminal control or a lost run.</summary>
public sealed class OutsideAttackCliTests
{
    private const string Escapes = "\e[2J\e]0;pwned\a\u009b31m\b\r";

    [Fact]
    public void QueryShowSimilarDupes_ArticlesWrittenThroughTheLibraryWithTerminalEscapes_NoControlCharacterReachesTheTerminal()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Index))
        {
            for (var i = 0; i < 3; i++)
            {
                writer.Upsert(new NewsArticle
                {
                    Id = $"esc{i}\e[31m",
                    Title = $"Ferry {Escapes} strike {i}",
                    Body = $"The ferry {Escapes} crews walked out over pay and rosters at the harbour on day {i}.",
                    Source = "Wire" + Escapes,
                    Byline = "Jo " + Escapes,
                    Section = "World" + Escapes,
                    Tags = ["ferry" + Escapes],
                    Captions = ["A ferry" + Escapes],
                    Url = "https://example.com/" + Escapes,
                    Published = new DateTimeOffset(2020, 1, 1 + i, 0, 0, 0, TimeSpan.Zero),
                });
            }
        }

        var runs = new[]
        {
            CliRunner.Run("query", "ferry", "--index", folder.Index, "--facet", "source,tag,section,byline", "--explain"),
            CliRunner.Run("query", "ferry", "--index", folder.Index, "--collapse"),
            CliRunner.Run("show", "esc0\e[31m", "--index", folder.Index),
            CliRunner.Run("similar", "esc0\e[31m", "--index", folder.Index),
            CliRunner.Run("dupes", "--index", folder.Index),
            CliRunner.Run("trend", "ferry", "--index", folder.Index),
            CliRunner.Run("stats", "--index", folder.Index),
            CliRunner.Run("query", "nothing" + Escapes, "--index", folder.Index),
            CliRunner.Run("show", "missing" + Escapes, "--index", folder.Index),
        };

        Assert.Equal(0, runs[0].ExitCode);
        Assert.Contains("Ferry", runs[2].Output, StringComparison.Ordinal);
        Assert.All(runs, run => AssertNoControlCharacters(run));
    }

    [Fact]
    public void Index_WarningsQuotingEscapesFromTheInput_ReachTheTerminalEscaped()
    {
        using var folder = new TempFolder();
        var file = folder.File("bad\u0007.jsonl", """{"id":"d","title":"Dated","published":"\u001b]0;pwned\u0007\u001b[2J"}""" + "\n");

        var result = CliRunner.Run("index", file, "--index", folder.Index);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("as a date", result.Error, StringComparison.Ordinal);
        AssertNoControlCharacters(result);
    }

    [Fact]
    public void Index_EmptyIndexOption_IsRefusedWithOneLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.jsonl", """{"id":"a","title":"A"}""" + "\n");

        var index = CliRunner.Run("index", file, "--index", "");
        var query = CliRunner.Run("query", "a", "--index", "");

        Assert.Equal(2, index.ExitCode);
        Assert.Equal(2, query.ExitCode);
        Assert.StartsWith("newssearch: --index is empty", Assert.Single(index.ErrorLines), StringComparison.Ordinal);
        Assert.StartsWith("newssearch: --index is empty", Assert.Single(query.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Index_OneRecordWithAHugeSource_WarnsAndIndexesEveryRecord()
    {
        using var folder = new TempFolder();
        var lines = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var source = i == 50 ? new string('s', 40_000) : "Wire";
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":"r{{i}}","title":"Record {{i}}","source":"{{source}}"}""").Append('\n');
        }

        var file = folder.File("wires.jsonl", lines.ToString());

        var result = CliRunner.Run("index", file, "--index", folder.Index);
        var again = CliRunner.Run("index", file, "--index", folder.Index);
        var stats = CliRunner.Run("stats", "--index", folder.Index, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{file}:51: field 'source': ", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"articles\":100", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_LimitOfIntMax_AnswersInsteadOfRunningOutOfMemory()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.jsonl", string.Join('\n', Enumerable.Range(0, 5).Select(i => $$"""{"id":"s{{i}}","title":"Ferry strike {{i}}","body":"Ferry crews walked out over pay {{i}} and rosters."}""")) + "\n");
        Assert.Equal(0, CliRunner.Run("index", file, "--index", folder.Index).ExitCode);

        var max = CliRunner.Run("similar", "s1", "--limit", "2147483647", "--index", folder.Index);
        var overflow = CliRunner.Run("similar", "s1", "--limit", "2147483000", "--index", folder.Index);
        var query = CliRunner.Run("query", "ferry", "--limit", "2147483647", "--offset", "2147483647", "--index", folder.Index);

        Assert.True(max.ExitCode is 0 or 1, max.ToString());
        Assert.True(overflow.ExitCode is 0 or 1, overflow.ToString());
        Assert.True(query.ExitCode is 0 or 1, query.ToString());
        Assert.DoesNotContain("internal error", max.Error + overflow.Error + query.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_SynonymsFromAnEndlessDevice_FailsWithOneLine()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var folder = new TempFolder();
        var file = folder.File("a.jsonl", """{"id":"a","title":"Ferry"}""" + "\n");
        Assert.Equal(0, CliRunner.Run("index", file, "--index", folder.Index).ExitCode);

        var result = CliRunner.Run("query", "ferry", "--synonyms", "/dev/zero", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: /dev/zero:1: the line is longer than", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FolderWithTwoLinksToItself_EndsAndPrintsEachArticleOnce()
    {
        using var folder = new TempFolder();
        folder.File("archive/a.jsonl", """{"id":"a","title":"A"}""" + "\n");
        Directory.CreateSymbolicLink(folder.Combine("archive/up1"), folder.Combine("archive"));
        Directory.CreateSymbolicLink(folder.Combine("archive/up2"), folder.Combine("archive"));

        var result = CliRunner.Run("parse", folder.Combine("archive"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.OutputLines);
    }

    [Fact]
    public void Index_JsonLinesWithANulByteInTheFirstRecord_LosesOnlyThatRecord()
    {
        using var folder = new TempFolder();
        var lines = new StringBuilder("{\"id\":\"r0\",\"title\":\"Bad\0\"}\n");
        for (var i = 1; i < 1000; i++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":"r{{i}}","title":"Record {{i}}"}""").Append('\n');
        }

        var file = folder.File("wires.jsonl", lines.ToString());

        var result = CliRunner.Run("index", file, "--index", folder.Index);
        var stats = CliRunner.Run("stats", "--index", folder.Index, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"articles\":999", stats.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_LockFilesDeletedWhileAWriterRuns_ASecondWriterIsRefusedAndNothingCommittedIsLost()
    {
        using var folder = new TempFolder();
        var committed = folder.File("committed.jsonl", string.Join('\n', Enumerable.Range(0, 50).Select(i => $$"""{"id":"c{{i}}","title":"Committed {{i}}"}""")) + "\n");
        var intruder = folder.File("intruder.jsonl", string.Join('\n', Enumerable.Range(0, 50).Select(i => $$"""{"id":"x{{i}}","title":"Intruder {{i}}"}""")) + "\n");
        Assert.Equal(0, CliRunner.Run("index", committed, "--index", folder.Index).ExitCode);
        // verify refuses to check an index a writer holds: once it does while the first writer still
        // runs, the first writer is in. verify holds the index itself while it checks, so a writer
        // that starts during a check is refused and exits: start it again until it is the one inside.
        Process? started = null;
        Task<string>? startedError = null;
        for (var tries = 0; ; tries++)
        {
            Assert.True(tries < 200, "the first writer never took the index");
            if (started is null || started.HasExited)
            {
                started?.Dispose();
                started = CliRunner.Start(["index", "-", "--index", folder.Index]);
                startedError = started.StandardError.ReadToEndAsync();
            }

            if (CliRunner.Run("verify", "--index", folder.Index).Error.Contains("is being written by another process", StringComparison.Ordinal) && !started.HasExited)
            {
                break;
            }
        }

        using var first = started;
        var firstError = startedError!;

        foreach (var lockFile in Directory.GetFiles(folder.Index, "*write.lock"))
        {
            File.Delete(lockFile);
        }

        var second = CliRunner.Run("index", intruder, "--index", folder.Index);
        var rebuild = CliRunner.Run("index", intruder, "--rebuild", "--index", folder.Index);
        first.StandardInput.Write(string.Concat(Enumerable.Range(0, 20).Select(i => $$"""{"id":"late{{i}}","title":"Late {{i}}"}""" + "\n")));
        first.StandardInput.Close();
        Assert.True(first.WaitForExit(TimeSpan.FromSeconds(60)), "the first writer did not finish");
        var stats = CliRunner.Run("stats", "--index", folder.Index, "--json");
        var verify = CliRunner.Run("verify", "--index", folder.Index);

        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("is being written by another process", second.Error, StringComparison.Ordinal);
        Assert.True(rebuild.ExitCode == 2, rebuild.ToString());
        Assert.True(first.ExitCode == 0, await firstError);
        Assert.Contains("\"articles\":70", stats.Output, StringComparison.Ordinal);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    private static void AssertNoControlCharacters(CliResult run)
    {
        foreach (var (name, text) in new[] { ("stdout", run.Output), ("stderr", run.Error) })
        {
            var bad = text.FirstOrDefault(c => char.IsControl(c) && c is not '\n');
            Assert.True(bad == default, $"{name} holds U+{(int)bad:X4}: {run}");
        }
    }
}
