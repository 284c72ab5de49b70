using System.Globalization;

namespace NewsSearch.Analysis.Synonyms;

/// <summary>
/// Reads synonym files: one group per line, entries separated by commas, an entry of one or more
/// words, <c>#</c> starting a comment. Every entry of a group finds every other.
/// </summary>
internal static class SynonymFile
{
    private const string DefaultResource = "NewsSearch.default-synonyms.txt";

    // A newsroom's list of a hundred thousand groups is a few megabytes; more is not a synonyms
    // file (/dev/zero, a dump), and parsing it would outlast any query's time limit.
    private const int MaxFileBytes = 8 << 20;
    private const int MaxLineChars = 64 << 10;

    /// <summary>The groups shipped with the package (transliterations and renamed places).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Default { get; } = LoadDefault();

    /// <summary>Reads the groups of the file at <paramref name="path"/>.</summary>
    /// <exception cref="NewsSearchException">The file is missing, unreadable or has a malformed line.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string path)
    {
        try
        {
            // Read through a counting stream, not by the file's length: a device or a pipe has none.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var bounded = new BoundedStream(stream, MaxFileBytes, path);
            using var reader = new StreamReader(bounded);
            return Parse(reader, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new NewsSearchException($"cannot read the synonyms file '{path}': {exception.Message.ReplaceLineEndings(" ")}", exception);
        }
    }

    /// <summary>Parses synonym groups; <paramref name="sourceName"/> names the input in error messages.</summary>
    /// <exception cref="NewsSearchException">A line has fewer than two entries.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(TextReader reader, string sourceName)
    {
        var groups = new List<IReadOnlyList<string>>();
        var lineNumber = 0;
        while (ReadLine(reader, sourceName, lineNumber + 1) is { } line)
        {
            lineNumber++;
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var content = (comment >= 0 ? line[..comment] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var entries = content
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => string.Join(' ', entry.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (entries.Count < 2)
            {
                // A lone word is almost always a missing comma; silently ignoring it would hide the mistake.
                throw new NewsSearchException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}: a synonym group needs at least two entries separated by commas"));
            }

            groups.Add(entries);
        }

        return groups;
    }

    /// <summary>One line, failing once it passes <see cref="MaxLineChars"/> instead of growing without end.</summary>
    private static string? ReadLine(TextReader reader, string sourceName, int lineNumber)
    {
        var line = new System.Text.StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (c == '\n')
            {
                return line.ToString();
            }

            if (c != '\r')
            {
                if (line.Length == MaxLineChars)
                {
                    throw new NewsSearchException(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}: the line is longer than {MaxLineChars:N0} characters; a synonyms file has one group per line"));
                }

                line.Append((char)c);
            }
        }
    }

    private static List<IReadOnlyList<string>> LoadDefault()
    {
        using var stream = typeof(SynonymFile).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"the embedded resource {DefaultResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return [.. Parse(reader, DefaultResource)];
    }
}
