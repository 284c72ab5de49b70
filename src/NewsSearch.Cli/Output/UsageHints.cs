using System.CommandLine;

namespace NewsSearch.Cli.Output;

/// <summary>What to say when the first word after <c>newssearch</c> is not a command.</summary>
internal static class UsageHints
{
    /// <summary>
    /// "did you mean 'query'?" for a typo of a command name (at most two edits, a swap of neighbours
    /// counting as one), else the query command that searches for the words, since a word that is no
    /// command is most likely something to search for.
    /// </summary>
    public static string UnknownCommand(IReadOnlyList<string> words, Command root)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(root);
        var first = words[0];
        var names = root.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name).Where(n => n.Length > 1));
        var best = names
            .Select(name => (Name: name, Distance: EditDistance(first.ToLowerInvariant(), name)))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null && best.Distance <= Math.Min(2, Math.Max(1, first.Length / 3)))
        {
            return $"unknown command '{first}'; did you mean '{best.Name}'?";
        }

        var search = string.Join(' ', words.Select(CommandContext.Quote));
        return $"'{first}' is not a command; to search for it: newssearch query {search}";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
