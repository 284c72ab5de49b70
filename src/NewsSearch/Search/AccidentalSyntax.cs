using System.Text;

namespace NewsSearch.Search;

/// <summary>
/// Escapes the characters of a query that only look like Lucene syntax, so pasted text is read as
/// words: <c>9/11</c> and <c>AC/DC</c> are no regular expressions, <c>Xinjiang!</c> has no NOT,
/// <c>titles?</c> no wildcard, <c>Update:</c> and <c>https://…</c> no field, <c>(MEDLARS)</c> no
/// group and <c>&amp;&amp;</c>, <c>||</c> no operators. What stays syntax is what is written on
/// purpose: quotes, <c>+</c>/<c>-</c> before a word, upper-case AND/OR/NOT, a known field
/// before a colon, <c>*</c>, <c>?</c> inside a word, <c>~</c> and <c>^n</c> right after a word,
/// <c>/regex/</c> as a whole word, ranges after a field, and parentheses that group operators.
/// </summary>
internal static class AccidentalSyntax
{
    public static string Escape(string text)
    {
        var groups = SyntaxGroups(text);
        var builder = new StringBuilder(text.Length + 8);
        var inRange = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r' or '\n' or '\t':
                    builder.Append(' ');
                    break;
                case '\\':
                    if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(@"\\");
                    }

                    break;
                case '"':
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        // An unclosed quote is left for the parser to report (or, in pasted text, to read as words).
                        builder.Append(c);
                        break;
                    }

                    // Inside a phrase everything is text for the analyser; only a quote would end it.
                    builder.Append(text, i, close - i + 1);
                    i = close;
                    break;
                case '!' or '&' or '|':
                    builder.Append('\\').Append(c);
                    break;
                case ']' or '}':
                    if (inRange > 0)
                    {
                        inRange--;
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\\').Append(c);
                    }

                    break;
                case '[' or '{':
                    if (IsRange(text, i))
                    {
                        inRange++;
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\\').Append(c);
                    }

                    break;
                case '(' or ')':
                    builder.Append(groups.Contains(i) ? "" : "\\").Append(c);
                    break;
                case '?':
                    builder.Append(IsWordChar(Before(text, i)) && (IsWordChar(After(text, i)) || After(text, i) is '?' or '*') ? "" : "\\").Append(c);
                    break;
                case '/':
                    if (RegexEnd(text, i) is { } end)
                    {
                        builder.Append(text, i, end - i + 1);
                        i = end;
                    }
                    else
                    {
                        builder.Append(@"\/");
                    }

                    break;
                case ':':
                    builder.Append(IsFieldColon(text, i) ? "" : "\\").Append(c);
                    break;
                case '^':
                    builder.Append(!char.IsWhiteSpace(Before(text, i)) && Before(text, i) != '\0' && char.IsAsciiDigit(After(text, i)) ? "" : "\\").Append(c);
                    break;
                case '~':
                    builder.Append(!char.IsWhiteSpace(Before(text, i)) && Before(text, i) != '\0' ? "" : "\\").Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Every character of the query that Lucene's syntax uses, escaped: the text read as plain words.</summary>
    public static string EscapeAll(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '|' or '&' or '/')
            {
                builder.Append('\\');
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return builder.ToString()
            .Replace(" AND ", " and ", StringComparison.Ordinal)
            .Replace(" OR ", " or ", StringComparison.Ordinal)
            .Replace(" NOT ", " not ", StringComparison.Ordinal);
    }

    private static char Before(string text, int i) => i > 0 ? text[i - 1] : '\0';

    private static char After(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsTokenStart(string text, int i) => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or ':' or '+' or '-';

    /// <summary>A field name right before the colon (from the start of its word) and a value right after it.</summary>
    private static bool IsFieldColon(string text, int i)
    {
        var start = i;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '*'))
        {
            start--;
        }

        if (start == i || !IsTokenStart(text, start) || i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var name = text[start..i];
        return name == "*" ? text[i + 1] == '*' : FieldAliases.TryResolve(name, out _);
    }

    /// <summary>A range starts right after a field's colon (unclosed, it is an error the parser reports).</summary>
    private static bool IsRange(string text, int i) => Before(text, i) == ':' && IsFieldColon(text, i - 1);

    /// <summary>Where a deliberate <c>/regex/</c> ends: it is a whole word, opened and closed by slashes.</summary>
    private static int? RegexEnd(string text, int i)
    {
        if (!IsTokenStart(text, i))
        {
            return null;
        }

        for (var j = i + 1; j < text.Length; j++)
        {
            if (char.IsWhiteSpace(text[j]))
            {
                return null;
            }

            if (text[j] == '\\')
            {
                j++;
                continue;
            }

            if (text[j] == '/')
            {
                var next = After(text, j);
                return j > i + 1 && (next == '\0' || char.IsWhiteSpace(next) || next is ')' or '^' or '~') ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The positions of the parentheses that group on purpose: a balanced pair holding an
    /// operator (AND, OR, NOT, +word, -word), or after a field, a <c>+</c>/<c>-</c>, or followed by a boost.
    /// A parenthetical remark in pasted text, "(MEDLARS)", is punctuation.
    /// </summary>
    private static HashSet<int> SyntaxGroups(string text)
    {
        var syntax = new HashSet<int>();
        var open = new Stack<int>();
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '(')
            {
                open.Push(i);
            }
            else if (!inQuote && c == ')' && open.Count > 0)
            {
                var start = open.Pop();
                if (IsDeliberateGroup(text, start, i))
                {
                    syntax.Add(start);
                    syntax.Add(i);
                }
            }
        }

        if (open.Count > 0 || text.Count(c => c == ')') > text.Count(c => c == '('))
        {
            // Unbalanced: leave every parenthesis to the parser, which says what is missing.
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '(' or ')')
                {
                    syntax.Add(i);
                }
            }
        }

        return syntax;
    }

    private static bool IsDeliberateGroup(string text, int start, int end)
    {
        var before = Before(text, start);
        if (before is ':' or '+' or '-' || After(text, end) == '^')
        {
            return true;
        }

        if (start >= 4 && text.AsSpan(start - 4, 4).SequenceEqual("NOT "))
        {
            return true;
        }

        var inner = " " + text[(start + 1)..end] + " ";
        return inner.Contains(" AND ", StringComparison.Ordinal) || inner.Contains(" OR ", StringComparison.Ordinal)
            || inner.Contains(" NOT ", StringComparison.Ordinal) || HasModifier(inner);
    }

    /// <summary>A <c>+</c> or <c>-</c> that starts a word; one standing alone ("difficult - even") is a dash.</summary>
    private static bool HasModifier(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '+' or '-' && char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
