using System.Text.RegularExpressions;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// Finds the words of a query text that are plain words to spell-check: not operators, field
/// names, wildcard or fuzzy terms, ranges, or values of keyword fields such as <c>source:</c>.
/// </summary>
internal static partial class QueryWords
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    public static IReadOnlyList<QueryWord> Find(string text)
    {
        var skipped = SkippedSpans(text);
        var words = new List<QueryWord>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var start = match.Index;
            var end = start + match.Length;
            var before = start > 0 ? text[start - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            if (Operators.Contains(match.Value)
                || after is ':' or '*' or '?' or '~' or '^'
                || before is '*' or '?' or '/' or '\\'
                || skipped.Any(span => start >= span.Start && start < span.End))
            {
                continue;
            }

            words.Add(new QueryWord(start, match.Value));
        }

        return words;
    }

    /// <summary>Ranges (<c>[a TO b]</c>) and the values of fields that are not text (source:, tag:, date:, id:, url:).</summary>
    private static List<(int Start, int End)> SkippedSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (Match match in FieldValuePattern().Matches(text))
        {
            var field = match.Groups["field"].Value;
            var isText = FieldAliases.TryResolve(field, out var resolved) && Indexing.FieldNames.DefaultSearchFields.Contains(resolved);
            if (!isText || match.Groups["value"].Value.StartsWith('[') || match.Groups["value"].Value.StartsWith('{'))
            {
                spans.Add((match.Groups["value"].Index, match.Groups["value"].Index + match.Groups["value"].Length));
            }
        }

        foreach (Match match in RangePattern().Matches(text))
        {
            spans.Add((match.Index, match.Index + match.Length));
        }

        return spans;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<field>[\p{L}_]+):(?<value>""[^""]*""?|\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?|\S+)")]
    private static partial Regex FieldValuePattern();

    [GeneratedRegex(@"[\[{][^\]}]*[\]}]")]
    private static partial Regex RangePattern();
}
