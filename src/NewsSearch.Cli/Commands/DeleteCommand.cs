using System.CommandLine;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch delete</c>: removes articles by id.</summary>
internal static class DeleteCommand
{
    private const string Summary = "Delete articles by id.";

    /// <summary>Examples and exit codes, printed after the options by <c>--help</c>.</summary>
    public const string Details = """
        Prints 'deleted N of M' on stdout, and names each id that was not found on stderr.

        Examples:
          newssearch delete sample-011
          newssearch query 'source:"Harbour Gazette"' --json --limit 1000 | jq -r .id | xargs newssearch delete

        Exit codes: 0 every id was found and deleted, 1 one or more ids were not in the index
        (the others are still deleted), 2 error.
        """;

    private static readonly Argument<string[]> Ids = new("ids")
    {
        Description = "The ids of the articles to delete",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Create()
    {
        var command = new Command("delete", Summary) { Ids };
        command.SetAction(parseResult => CommandContext.Run(parseResult, Run));
        return command;
    }

    private static int Run(CommandContext context)
    {
        var ids = (context.ParseResult.GetValue(Ids) ?? []).Distinct(StringComparer.Ordinal).ToList();

        // Opening a writer creates an index where there is none; deleting from nothing should say so instead.
        NewsSearcher.Open(context.IndexPath).Dispose();

        IReadOnlyList<string> deleted;
        using (var writer = NewsIndexWriter.Open(context.IndexPath))
        {
            deleted = writer.Delete(ids);
        }

        foreach (var missing in ids.Except(deleted, StringComparer.Ordinal))
        {
            context.Report($"no article with id '{missing}'");
        }

        context.Output.WriteLine($"deleted {deleted.Count} of {ids.Count}");
        return deleted.Count == ids.Count ? ExitCodes.Success : ExitCodes.NoMatches;
    }
}
