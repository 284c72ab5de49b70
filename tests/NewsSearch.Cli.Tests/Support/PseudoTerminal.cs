using System.Diagnostics;
using System.Text;

namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// Runs the CLI with stdin, stdout and stderr on a pseudo-terminal of a given width, through
/// util-linux's <c>script</c>, and returns everything the terminal received: what a person at a
/// terminal sees, and what a terminal recorder (script, CI logs) captures.
/// </summary>
internal static class PseudoTerminal
{
    /// <summary>Why a test cannot run here, or null when it can.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "needs Linux's script(1)" : File.Exists("/usr/bin/script") ? null : "script(1) from util-linux is not installed";

    public static CliResult Run(int columns, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var (fileName, dll) = CliRunner.Executable;
        var words = new List<string> { fileName };
        if (dll is not null)
        {
            words.Add(dll);
        }

        words.AddRange(arguments);
        var command = $"stty cols {columns} rows 40; exec {string.Join(' ', words.Select(Quote))}";
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NEWSSEARCH_INDEX");
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("COLUMNS");
        start.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start script");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("newssearch under script did not finish in 60s");
        }

        return new CliResult(process.ExitCode, output.GetAwaiter().GetResult().Replace("\r\n", "\n", StringComparison.Ordinal), error.GetAwaiter().GetResult());
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
