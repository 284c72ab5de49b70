namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>profile indexing|search|path|merge|suggest [--corpus-size N | --corpus reuters]</c>: a Stopwatch breakdown of
/// where NewsSearch spends its time, stage by stage, beside the raw Lucene.NET equivalent of each
/// stage. Internal pieces of the library are called directly (InternalsVisibleTo).
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var arguments = new Arguments(args);
        return args.FirstOrDefault() switch
        {
            "indexing" => IndexingProfile.Run(arguments),
            "search" => SearchProfile.Run(arguments),
            "path" => SearchPathProfile.Run(arguments),
            "merge" => MergeProfile.Run(arguments),
            "suggest" => SuggestionProfile.Run(arguments),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: profile indexing|search|path|merge|suggest [--corpus-size N | --corpus reuters] [--runs N]");
        return 2;
    }
}
