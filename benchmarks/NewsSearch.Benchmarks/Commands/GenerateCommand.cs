using System.Globalization;
using NewsSearch.Benchmarks.Corpus;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>generate --count N --out FILE [--seed S]</c>: writes the generated corpus as JSON Lines, and
/// prints "articles jsonl-bytes text-bytes" (the text bytes are the article text without JSON).
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args);
        var count = arguments.GetInt("--count", 100_000);
        var seed = arguments.GetInt("--seed", SyntheticCorpus.DefaultSeed);
        var output = arguments.Get("--out") ?? string.Create(CultureInfo.InvariantCulture, $"corpus-{count}.jsonl");
        var stats = JsonlArticleWriter.Write(SyntheticCorpus.Generate(count, seed), output);
        Console.Error.WriteLine($"generated {stats.Articles} {SyntheticCorpus.Kind} articles into {output}");
        Console.WriteLine(stats.ToLine());
        return 0;
    }
}
