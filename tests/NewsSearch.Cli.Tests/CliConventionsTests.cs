using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests;

public sealed class CliConventionsTests : IClassFixture<IndexedArchive>
{
    private readonly string _index;

    public CliConventionsTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [Theory]
    [InlineData("qurey", "query")]
    [InlineData("qeury", "query")]
    [InlineData("idnex", "index")]
    [InlineData("stat", "stats")]
    public void Usage_TypoOfACommand_SuggestsTheCommand(string typed, string meant)
    {
        var result = CliRunner.Run(typed, "Xinjiang");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"newssearch: unknown command '{typed}'; did you mean '{meant}'?", result.ErrorLines[0]);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Usage_SearchWordsWithoutACommand_SuggestsTheQueryCommand()
    {
        var result = CliRunner.Run("Xinjiang", "cotton");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("newssearch: 'Xinjiang' is not a command; to search for it: newssearch query Xinjiang cotton", result.ErrorLines[0]);
    }

    [Fact]
    public void Usage_WatchAddWithoutArguments_NamesWatchAddOnce()
    {
        var result = CliRunner.Run("watch", "add");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["newssearch: Required argument missing for 'newssearch watch add'.", "Run 'newssearch watch add --help' for usage."], result.ErrorLines);
    }

    [Theory]
    [InlineData("--json", "--count")]
    [InlineData("--json", "--csv")]
    [InlineData("--csv", "--count")]
    public void Query_ConflictingOutputFlags_AreRefusedWithExitTwo(string first, string second)
    {
        var result = CliRunner.Run("query", "ferry", first, second, "--index", _index);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"newssearch: {first} and {second} cannot be used together: choose one output", result.ErrorLines[0]);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Parse_JsonFlag_IsAnOptionNotAFileName()
    {
        using var folder = new TempFolder();
        var file = folder.File("news.jsonl", Archive.JsonLines);

        var result = CliRunner.Run("parse", "--json", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, result.OutputLines.Count);
        Assert.DoesNotContain("--json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("index")]
    public void ReadingCommands_MistypedOption_AreUsageErrorsNotFileNames(string command)
    {
        using var folder = new TempFolder();
        var file = folder.File("news.jsonl", Archive.JsonLines);

        var result = CliRunner.Run(command, file, "--jsno", "--index", folder.Index);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("newssearch: unknown option '--jsno'", result.ErrorLines[0]);
    }

    [Fact]
    public void Help_Index_ListsEveryInputFormat()
    {
        var result = CliRunner.Run("index", "--help");

        var help = result.Output.ReplaceLineEndings(" ");
        foreach (var format in new[] { "JSON Lines (.jsonl, .ndjson)", "JSON (.json", "web pages", "(.html, .htm)", "RSS and Atom feeds (.xml, .rss, .atom)", "plain text (.txt)", "(.gz)", "html or feed" })
        {
            Assert.Contains(format, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _newssearch_complete newssearch")]
    [InlineData("zsh", "compdef _newssearch newssearch")]
    public void Completion_Shell_PrintsAScriptThatAsksTheCli(string shell, string registration)
    {
        var result = CliRunner.Run("completion", shell);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("newssearch complete -- ", result.Output, StringComparison.Ordinal);
        Assert.Contains(registration, result.OutputLines);
    }

    [Theory]
    [InlineData("newssearch qu", "query")]
    [InlineData("newssearch query x --so", "--sort")]
    [InlineData("newssearch query x --sort ", "newest")]
    [InlineData("./newssearch query x --color ", "never")]
    [InlineData("newssearch wa", "watch")]
    public void Complete_PartialCommandLine_ListsWhatMayFollow(string line, string expected)
    {
        var result = CliRunner.Run("complete", "--", line);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.OutputLines);
        Assert.DoesNotContain("complete", result.OutputLines);
    }

    [Fact]
    public void Color_Always_StylesEvenPipedOutput()
    {
        var result = CliRunner.Run("query", "zebrafinch", "--color", "always", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\e[1;31mzebrafinch\e[0m", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_Auto_LeavesPipedOutputPlain()
    {
        var result = CliRunner.Run(["query", "zebrafinch", "--index", _index], environment: new Dictionary<string, string> { ["NO_COLOR"] = "" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\e', result.Output);
    }

    [Fact]
    public void Color_UnknownValue_IsAUsageError()
    {
        var result = CliRunner.Run("query", "ferry", "--color", "sometimes", "--index", _index);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Output_AppendedByTwoRunsToOneFile_KeepsBothRuns()
    {
        using var folder = new TempFolder();
        var log = folder.Combine("both.txt");

        // Two runs writing one open file in turn, as `{ a; b; } > log` does: the second must not overwrite the first.
        var result = RunShell($"{{ {Cli("stats", "--index", _index)}; {Cli("stats", "--index", _index)}; }} > '{log}' 2>&1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(log);
        Assert.Equal(2, lines.Count(line => line.StartsWith("articles:", StringComparison.Ordinal)));
    }

    private static string Cli(params string[] arguments)
    {
        var (fileName, dll) = CliRunner.Executable;
        var words = new List<string> { fileName };
        if (dll is not null)
        {
            words.Add(dll);
        }

        words.AddRange(arguments);
        return string.Join(' ', words.Select(word => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
    }

    private static CliResult RunShell(string script)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["NO_COLOR"] = "1" },
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error);
    }
}
