using System.Globalization;

namespace NewsSearch.Benchmarks;

/// <summary>
/// Corpus sizes chosen on the command line. BenchmarkDotNet runs each case in a child process, so
/// the values travel as environment variables (inherited by the children) and reach the benchmarks
/// as [ParamsSource] values, evaluated in the host and baked into each case.
/// </summary>
internal static class BenchmarkSettings
{
    public const string SearchCorpusVariable = "NEWSSEARCH_BENCH_CORPUS";
    public const string IndexingCorpusVariable = "NEWSSEARCH_BENCH_INDEX_CORPUS";
    public const int DefaultSearchSize = 100_000;
    public const int DefaultIndexingSize = 20_000;

    /// <summary>The dataset the search benchmarks query: a size, or <c>reuters</c>.</summary>
    public static string SearchCorpus =>
        Environment.GetEnvironmentVariable(SearchCorpusVariable) is { Length: > 0 } value ? value : DefaultSearchSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dataset the indexing benchmarks index each iteration.</summary>
    public static string IndexingCorpus =>
        Environment.GetEnvironmentVariable(IndexingCorpusVariable) is { Length: > 0 } value ? value : DefaultIndexingSize.ToString(CultureInfo.InvariantCulture);
}
