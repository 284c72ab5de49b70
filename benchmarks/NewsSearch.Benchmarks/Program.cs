using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsSearch.Benchmarks.Commands;

namespace NewsSearch.Benchmarks;

/// <summary>
/// BenchmarkDotNet suite plus the measuring commands the scale script uses. Our own options are
/// taken out of the arguments before the rest goes to BenchmarkSwitcher:
/// <c>--corpus-size N</c> (generated articles for every benchmark) and <c>--corpus reuters</c> (search the real Reuters corpus).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && Commands.TryGetValue(args[0], out var command))
        {
            return command(args[1..]);
        }

        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus-size" && i + 1 < args.Length)
            {
                var size = int.Parse(args[++i], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                Environment.SetEnvironmentVariable(BenchmarkSettings.SearchCorpusVariable, size);
                Environment.SetEnvironmentVariable(BenchmarkSettings.IndexingCorpusVariable, size);
            }
            else if (args[i] == "--corpus" && i + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable(BenchmarkSettings.SearchCorpusVariable, args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], DefaultConfig.Instance);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static Dictionary<string, Func<string[], int>> Commands { get; } = new(StringComparer.Ordinal)
    {
        ["generate"] = GenerateCommand.Run,
        ["latency"] = LatencyCommand.Run,
        ["profile"] = ProfileCommand.Run,
        ["relevance"] = RelevanceCommand.Run,
        ["size"] = SizeCommand.Run,
        ["stored"] = StoredFieldsCommand.Run,
    };
}
