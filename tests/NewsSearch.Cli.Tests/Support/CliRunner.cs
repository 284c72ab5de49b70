using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// Runs the real, built CLI as a child process: <c>NEWSSEARCH_CLI</c> when set (an executable such
/// as the Native AOT binary, or a .dll), else the CLI build of this configuration under <c>dotnet</c>.
/// Colour is off (<c>NO_COLOR=1</c>) and <c>NEWSSEARCH_INDEX</c> is unset unless a test sets it.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<(string FileName, string? Dll)> Command = new(Locate);

    /// <summary>The program to start and, for a .dll, the assembly to pass to it.</summary>
    public static (string FileName, string? Dll) Executable => Command.Value;

    /// <summary>Runs the CLI to the end, feeding <paramref name="input"/> to its stdin.</summary>
    public static CliResult Run(IEnumerable<string> arguments, string? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                process.StandardInput.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The CLI exited without reading its input; its exit code and stderr tell why.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newssearch {string.Join(' ', arguments)} did not finish in {Timeout.TotalSeconds}s");
        }

        return new CliResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    public static CliResult Run(params string[] arguments) => Run((IEnumerable<string>)arguments);

    /// <summary>Starts the CLI and leaves its stdin open, for tests that need a process running.</summary>
    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (fileName, dll) = Command.Value;
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        if (dll is not null)
        {
            start.ArgumentList.Add(dll);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NEWSSEARCH_INDEX");
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
    }

    private static (string FileName, string? Dll) Locate()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSSEARCH_CLI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", full) : (full, null);
        }

        var configuration = typeof(CliRunner).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryRoot(), "src", "NewsSearch.Cli", "bin", configuration, "net10.0", "NewsSearch.Cli.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"the CLI is not built at {dll}; build the solution, or set NEWSSEARCH_CLI", dll);
        }

        return ("dotnet", dll);
    }

    /// <summary>The repository folder: the nearest folder above the test binaries that holds NewsSearch.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsSearch.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
