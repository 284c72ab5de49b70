using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsSearch.Cli.Tests.Support;
using Xunit.Abstractions;

namespace NewsSearch.Cli.Tests.Commands;

/// <summary>Inputs of unusual size and naming through the CLI.</summary>
public sealed class LargeInputTests
{
    private readonly ITestOutputHelper _output;

    public LargeInputTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Index_FiftyMegabyteArticle_IndexesItWithBoundedMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = folder.Combine("huge.jsonl");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            var words = "harbour council ferry timetable evening crossing budget vote market trade weather storm".Split(' ');
            writer.Write("{\"id\":\"huge\",\"title\":\"A fifty megabyte article\",\"body\":\"");
            long written = 0;
            for (var i = 0; written < 50L << 20; i++)
            {
                var word = words[(i * 7) % words.Length];
                writer.Write(word);
                writer.Write(i % 50 == 49 ? ".\\n\\n" : " ");
                written += word.Length + 1;
            }

            writer.Write("uniqueending\"}\n");
            writer.Write("{\"id\":\"small\",\"title\":\"After the huge one\",\"body\":\"A normal article.\"}\n");
        }

        using var process = CliRunner.Start(["index", path, "--index", folder.Index]);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "indexing the huge article did not finish");
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"50 MB article: peak resident memory {peak / (1 << 20)} MiB, {clock.Elapsed.TotalSeconds:0.0} s"));
        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(2, IndexProbe.Count(folder.Index));
        Assert.Equal(1, IndexProbe.Matches(folder.Index, "title:fifty"));
        Assert.Equal(1, IndexProbe.Matches(folder.Index, "normal"));
        Assert.InRange(peak, 1, 2L << 30);
    }

    [Fact]
    public void Index_PathsWithSpacesAndNonAsciiNames_IndexedAndNamedInWarnings()
    {
        using var folder = new TempFolder();
        var file = folder.File("my archive/Überblick 新闻 (1).jsonl", Archive.FerryStrike + "\n{ broken\n");

        var result = CliRunner.Run("index", folder.Combine("my archive"), "--index", folder.Combine("index with spaces/ünï"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(file + ":2: invalid JSON", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, IndexProbe.Count(folder.Combine("index with spaces/ünï")));
    }

    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
