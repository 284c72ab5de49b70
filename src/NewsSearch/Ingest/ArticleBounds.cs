using System.Globalization;
using System.Text;

namespace NewsSearch.Ingest;

/// <summary>
/// Keeps every record a reader yields within what the index can hold, with a warning naming the
/// file and line for each thing changed: a keyword field (url, source, section, byline, language,
/// a tag) past <see cref="FieldLimits.MaxKeywordBytes"/> is cut, a list past
/// <see cref="FieldLimits.MaxListItems"/> keeps its first items, and a record whose id cannot be
/// kept exactly (control characters, or too long) is skipped rather than merged with another.
/// </summary>
internal static class ArticleBounds
{
    public static ArticleRecord Apply(ArticleRecord record)
    {
        if (record.Article is not { } article)
        {
            return record;
        }

        List<ReadWarning>? warnings = null;
        void Warn(string message) => (warnings ??= [.. record.Warnings]).Add(new ReadWarning(record.Path, record.Line, message));

        if (IdProblem(article.Id) is { } problem)
        {
            Warn($"field 'id': {problem}; the record is skipped (ids are kept exactly, so cleaning it could merge two articles)");
            return record with { Article = null, Warnings = warnings! };
        }

        var bounded = article with
        {
            Url = Keyword("url", article.Url, Warn),
            Source = Keyword("source", article.Source, Warn),
            Section = Keyword("section", article.Section, Warn),
            Byline = Keyword("byline", article.Byline, Warn),
            Language = Keyword("language", article.Language, Warn),
            Tags = List("tags", article.Tags, Warn),
            Captions = List("captions", article.Captions, Warn),
        };
        return warnings is null ? record : record with { Article = bounded, Warnings = warnings };
    }

    /// <summary>Why an id cannot be stored as given, or null when it can.</summary>
    public static string? IdProblem(string id)
    {
        foreach (var c in id)
        {
            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds the control character U+{(int)c:X4}");
            }
        }

        var bytes = Encoding.UTF8.GetByteCount(id);
        return bytes > FieldLimits.MaxKeywordBytes
            ? string.Create(CultureInfo.InvariantCulture, $"is {bytes:N0} bytes long; an id may have at most {FieldLimits.MaxKeywordBytes:N0}")
            : null;
    }

    private static string? Keyword(string name, string? value, Action<string> warn)
    {
        if (value is null || value.Length <= FieldLimits.MaxKeywordBytes / 3)
        {
            // Three UTF-8 bytes per UTF-16 char at most: short values need no counting.
            return value;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes <= FieldLimits.MaxKeywordBytes)
        {
            return value;
        }

        warn(string.Create(CultureInfo.InvariantCulture, $"field '{name}': {bytes:N0} bytes long, cut to the first {FieldLimits.MaxKeywordBytes:N0} (the most a keyword field holds)"));
        return FieldLimits.Cut(value);
    }

    private static IReadOnlyList<string> List(string name, IReadOnlyList<string> values, Action<string> warn)
    {
        var changed = false;
        var kept = values;
        if (values.Count > FieldLimits.MaxListItems)
        {
            warn(string.Create(CultureInfo.InvariantCulture, $"field '{name}': {values.Count:N0} items, kept the first {FieldLimits.MaxListItems:N0}"));
            kept = [.. values.Take(FieldLimits.MaxListItems)];
            changed = true;
        }

        if (name != "tags")
        {
            return kept;
        }

        var cut = new List<string>(kept.Count);
        var warned = false;
        foreach (var value in kept)
        {
            if (Encoding.UTF8.GetMaxByteCount(value.Length) > FieldLimits.MaxKeywordBytes && Encoding.UTF8.GetByteCount(value) > FieldLimits.MaxKeywordBytes)
            {
                if (!warned)
                {
                    warn(string.Create(CultureInfo.InvariantCulture, $"field '{name}': an item of {Encoding.UTF8.GetByteCount(value):N0} bytes, cut to the first {FieldLimits.MaxKeywordBytes:N0} (the most a keyword field holds)"));
                    warned = true;
                }

                cut.Add(FieldLimits.Cut(value));
                changed = true;
            }
            else
            {
                cut.Add(value);
            }
        }

        return changed ? cut : values;
    }
}
