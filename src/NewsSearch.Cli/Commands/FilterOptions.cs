using System.CommandLine;

namespace NewsSearch.Cli.Commands;

/// <summary>
/// The options that choose which articles count, shared by <c>query</c> and <c>trend</c> so both
/// accept the same filters, read dates the same way and word their errors alike.
/// </summary>
internal static class FilterOptions
{
    private const string DateForms = "2018, 2018-11, 2018-11-05 or 2018-11-05T14:30:00Z";

    public static readonly Option<string?> Since = new("--since")
    {
        Description = "Only articles published on or after DATE: " + DateForms,
        HelpName = "DATE",
    };

    public static readonly Option<string?> Until = new("--until")
    {
        Description = "Only articles published on or before DATE (the whole year, month or day counts)",
        HelpName = "DATE",
    };

    public static readonly Option<string[]> Sources = new("--source")
    {
        Description = "Only articles from this publisher (exact name, any case); repeat for several",
        HelpName = "NAME",
    };

    public static readonly Option<string[]> Sections = new("--section")
    {
        Description = "Only articles in this section; repeat for several",
        HelpName = "NAME",
    };

    public static readonly Option<string[]> Tags = new("--tag")
    {
        Description = "Only articles with this tag; repeat for several",
        HelpName = "TAG",
    };

    public static readonly Option<bool> Any = new("--any")
    {
        Description = "Match articles with any of the words instead of all of them",
    };

    /// <summary>The options to add to a command.</summary>
    public static IEnumerable<Option> All => [Since, Until, Sources, Sections, Tags, Any];

    /// <summary>
    /// Sets the filters of <paramref name="query"/> from the command line; reports an unreadable date
    /// (naming the option and the value) and returns false.
    /// </summary>
    public static bool TryApply(CommandContext context, NewsQuery query, out NewsQuery filtered)
    {
        var parse = context.ParseResult;
        filtered = query;
        if (!TryParseDate(context, Since, out var since) || !TryParseDate(context, Until, out var until))
        {
            return false;
        }

        filtered = query with
        {
            Since = since?.Start,
            Until = until?.End,
            Sources = parse.GetValue(Sources) ?? [],
            Sections = parse.GetValue(Sections) ?? [],
            Tags = parse.GetValue(Tags) ?? [],
            MatchAny = parse.GetValue(Any),
        };
        return true;
    }

    private static bool TryParseDate(CommandContext context, Option<string?> option, out DatePeriod? period)
    {
        period = null;
        if (context.ParseResult.GetValue(option) is not { } value)
        {
            return true;
        }

        if (DatePeriod.TryParse(value, out var parsed))
        {
            period = parsed;
            return true;
        }

        context.Report($"invalid date '{value}' for {option.Name}; use {DateForms}");
        return false;
    }
}
