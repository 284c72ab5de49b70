namespace NewsSearch.Benchmarks.Commands;

internal static class ProfileCommand
{
    public static int Run(string[] args) => args.Length;
}
