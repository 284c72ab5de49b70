namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>Cheap measurements of a line's shape that the layout heuristics share.</summary>
internal static class TextShape
{
    private const string ComparableTrim = ".,;:!? ";

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "vs", "vs.", "via", "into", "over", "per", "up", "off", "out", "is", "are", "be",
    };

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the line ends like a sentence or a lead-in (<c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>, <c>:</c>, <c>;</c>), ignoring closing quotes.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd("\"'”’»)]");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>A form for comparing two lines that differ only in case, spacing, quote style or final punctuation.</summary>
    public static string Comparable(string text)
    {
        var writer = new WhitespaceCollapsingWriter(text.Length <= 256 ? stackalloc char[256] : new char[text.Length]);
        foreach (var raw in text)
        {
            writer.Append(ComparableCharacter(raw));
        }

        return new string(writer.Written.TrimEnd(ComparableTrim));
    }

    /// <summary>
    /// Whether <see cref="Comparable"/> of <paramref name="text"/> is <paramref name="key"/>, found without making
    /// it: a story's paragraphs are checked against the headline, dek and captions, and most differ at once.
    /// </summary>
    public static bool HasComparable(string text, string key)
    {
        // The comparable form is made as Comparable makes it, one character at a time: it must start with the
        // key and go on only with what its final trim takes off.
        var made = 0;
        var space = false;
        foreach (var raw in text)
        {
            var c = ComparableCharacter(raw);
            if (char.IsWhiteSpace(c))
            {
                space = made > 0;
                continue;
            }

            if ((space && !Matches(key, made++, ' ')) || !Matches(key, made++, c))
            {
                return false;
            }

            space = false;
        }

        return made >= key.Length;
    }

    private static bool Matches(string key, int at, char c) => at < key.Length ? key[at] == c : ComparableTrim.Contains(c);

    /// <summary>What <see cref="Comparable"/> makes of one character: capitals, and one style of quotes.</summary>
    public static char ComparableCharacter(char c) => c switch
    {
        '’' or '‘' or '`' => '\'',
        '“' or '”' => '"',
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>Headline capitalisation: every word but the small ones starts with a capital or a digit.</summary>
    public static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var first = words[i].TrimStart("\"'“‘(".ToCharArray());
            if (first.Length == 0 || !char.IsLetterOrDigit(first[0]))
            {
                continue;
            }

            if (char.IsUpper(first[0]) || char.IsDigit(first[0]))
            {
                capitalised++;
            }
            else if (i == 0 || !SmallWords.Contains(first))
            {
                return false;
            }
        }

        return capitalised >= 2;
    }
}
