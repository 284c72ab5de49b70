namespace NewsSearch.Benchmarks.Commands;

internal static class SizeCommand
{
    public static int Run(string[] args) => args.Length;
}
