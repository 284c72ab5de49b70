using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// A byline line: <c>By Jane Doe</c>, <c>By Jane Doe and John Roe, Associated Press</c>,
/// <c>By Jane Doe | Reuters | March 3, 2019</c> or <c>Jane Doe | Reporter</c>.
/// Every name must look like a personal name, so that prose such as "By Tuesday, the river had risen" is not one.
/// </summary>
internal sealed partial record BylineCue(string? Byline, string? Source, DateTimeOffset? Published)
{
    private const int MaxLineLength = 150;
    private const int MaxNameTokens = 5;

    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "Our", "Your", "His", "Her", "Their", "Its", "All",
        "Some", "Many", "Most", "Then", "Now", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Next", "Last", "Early", "Late", "End", "Mid",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "al", "el", "la", "le", "du",
        "dos", "das", "do", "ter", "ten", "y", "ibn", "st.",
    };

    public static BylineCue? TryRead(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        var by = ByPrefix().Match(line);
        var parts = PartSeparator().Split(by.Success ? line[by.Length..] : line);
        if (!by.Success && (parts.Length != 2 || !PipeOnly().IsMatch(line)))
        {
            return null;
        }

        string? source = null;
        DateTimeOffset? published = null;
        foreach (var tail in parts.Skip(1))
        {
            if (Publishers.IsRole(tail))
            {
                continue;
            }

            if (Publishers.IsPublisher(tail))
            {
                source ??= tail.Trim();
            }
            else if (by.Success && PublishedDateCue.TryParseValue(tail, out var date))
            {
                published ??= date;
            }
            else
            {
                return null;
            }
        }

        if (!by.Success && source is null && !Publishers.IsRole(parts[1]))
        {
            return null;
        }

        var names = parts[0].Trim().TrimEnd(',');
        var comma = names.LastIndexOf(',');
        while (comma > 0)
        {
            var last = names[(comma + 1)..].Trim();
            if (Publishers.IsRole(last))
            {
                names = names[..comma].TrimEnd();
            }
            else if (Publishers.IsPublisher(last))
            {
                source ??= last;
                names = names[..comma].TrimEnd();
            }
            else
            {
                break;
            }

            comma = names.LastIndexOf(',');
        }

        if (by.Success && Publishers.IsPublisher(names))
        {
            return new BylineCue(null, source ?? names, published);
        }

        names = WithoutPlaces(names);
        return AreNames(names) ? new BylineCue(names, source, published) : null;
    }

    /// <summary>
    /// A line of names only, such as <c>Jane Doe in Madrid and John Roe</c>: pages that print no "By" put it
    /// beside the date stamp, which the caller checks.
    /// </summary>
    public static BylineCue? TryReadNames(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        var names = WithoutPlaces(line.Trim());
        return AreNames(names) ? new BylineCue(names, null, null) : null;
    }

    private static string WithoutPlaces(string names) => PlaceSuffix().Replace(names, "");

    private static bool AreNames(string names)
    {
        var people = NameSeparator().Split(names);
        return people.Length > 0 && people.All(IsName);
    }

    private static bool IsName(string person)
    {
        var tokens = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > MaxNameTokens || NotNameStarts.Contains(tokens[0]) || Particles.Contains(tokens[0]))
        {
            return false;
        }

        return tokens.All(t => Particles.Contains(t) || NameToken().IsMatch(t)) && !Particles.Contains(tokens[^1]);
    }

    [GeneratedRegex(@"^(By|BY|by)\b:?\s+")]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s+[|·•]\s+|\s+[-–—]\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^[^|]+\s\|\s[^|]+$")]
    private static partial Regex PipeOnly();

    // "Jane Doe in Madrid": where the reporter filed from, not part of the name.
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}\p{M}.'’\-]*(\s\p{Lu}[\p{L}\p{M}.'’\-]*)?(?=\s*(,|\band\b|&|$))")]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"\s*,\s*(and\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex NameSeparator();

    // A capitalised word ("Doe", "O'Neil", "Smith-Jones", "McDonald"), an initial ("J.", "J.R."), "al-Hassan" or a suffix.
    [GeneratedRegex(@"^(\p{Lu}[\p{L}\p{M}]*(['’\-][\p{L}\p{M}]+)*\.?|(\p{Lu}\.){1,3}|(al|el|ad|as|ash|ibn|bin|ben)-\p{Lu}[\p{L}\p{M}]*|Jr\.?|Sr\.?)$")]
    private static partial Regex NameToken();
}
