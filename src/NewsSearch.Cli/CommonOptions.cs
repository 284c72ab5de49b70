using System.CommandLine;
using System.Globalization;

namespace NewsSearch.Cli;

/// <summary>Options that several commands share, so they are spelled and described the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>Where the index lives; recursive so it may be given before or after the command name.</summary>
    public static readonly Option<string?> Index = new("--index")
    {
        Description = "The index folder. Default: $NEWSSEARCH_INDEX, else " + IndexLocation.DefaultPath,
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>
    /// When stdout gets ANSI colour: <c>auto</c> on a terminal unless <c>NO_COLOR</c> is set or
    /// <c>TERM=dumb</c>; <c>always</c> and <c>never</c> say so whatever the environment (as in ripgrep and git).
    /// </summary>
    public static readonly Option<string> Color = new Option<string>("--color")
    {
        Description = "Colour: auto (on a terminal, unless NO_COLOR is set), always or never",
        HelpName = "WHEN",
        DefaultValueFactory = _ => "auto",
        Recursive = true,
    }.AcceptOnlyFromAmong("auto", "always", "never");

    /// <summary>
    /// Rejects <c>--word</c> tokens that reached an argument: System.CommandLine hands unknown options
    /// to a many-valued argument, so a mistyped <c>--limt</c> would be searched for or opened as a file.
    /// "-word" stays allowed: in a query it is Lucene's "without this word", and <c>-</c> is stdin.
    /// </summary>
    public static Argument<string[]> RejectUnknownOptions(Argument<string[]> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("--", StringComparison.Ordinal) && token.Value.Length > 2)
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }

    /// <summary>Creates a <c>--format</c> option for commands that read articles.</summary>
    public static Option<string> CreateFormat() => new Option<string>("--format", "-f")
    {
        Description = "Input format: auto (by content, then file name), jsonl, json, text, html or feed (RSS/Atom)",
        HelpName = "FORMAT",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "jsonl", "json", "text", "html", "feed");

    /// <summary>Parses the option's value as a whole number of 0 or more, with a usage error otherwise.</summary>
    public static Option<int> NonNegative(Option<int> option)
    {
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{option.Name} expects a whole number of 0 or more, not '{text}'");
            return 0;
        };
        return option;
    }

    /// <summary>Maps a validated <c>--format</c> value to the library's enum.</summary>
    public static ArticleFormat ToArticleFormat(string? value) => value switch
    {
        "jsonl" => ArticleFormat.JsonLines,
        "json" => ArticleFormat.Json,
        "text" => ArticleFormat.Text,
        "html" => ArticleFormat.Html,
        "feed" => ArticleFormat.Feed,
        _ => ArticleFormat.Auto,
    };
}
