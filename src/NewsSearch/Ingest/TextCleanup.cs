using System.Text;

namespace NewsSearch.Ingest;

/// <summary>Normalises text from any reader: Unicode NFC, one kind of line break, no control characters.</summary>
internal static class TextCleanup
{
    public static string? Field(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = Collapse(Clean(value));
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Cleans multi-paragraph text: keeps paragraph breaks, trims each line.</summary>
    public static string Body(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var lines = Clean(value).Split('\n');
        var builder = new StringBuilder(value.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blank > 0 ? "\n\n" : "\n");
            }

            builder.Append(line);
            blank = 0;
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> List(IEnumerable<string?> values)
    {
        var result = new List<string>();
        foreach (var value in values)
        {
            if (Field(value) is { } cleaned && !result.Contains(cleaned, StringComparer.Ordinal))
            {
                result.Add(cleaned);
            }
        }

        return result;
    }

    private static string Clean(string value)
    {
        if (!value.IsNormalized(NormalizationForm.FormC))
        {
            value = value.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u2028' or '\u2029')
            {
                builder.Append('\n');
            }
            else if (c == '\t' || c == '\u00a0')
            {
                builder.Append(' ');
            }
            else if (c == '\n' || !(char.IsControl(c) || c == '\ufeff' || c == '\ufffe' || c == '\ufffd'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
