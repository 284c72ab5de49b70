namespace NewsSearch;

/// <summary>
/// One record read from an input: the article it yielded (or <see langword="null"/> when the
/// record was skipped) and where it came from, with any warnings about it.
/// </summary>
public sealed record ArticleRecord
{
    /// <summary>The article, or <see langword="null"/> when the record held nothing indexable.</summary>
    public NewsArticle? Article { get; init; }

    /// <summary>The input file, or <c>&lt;stdin&gt;</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The 1-based line of the record in a line-based input.</summary>
    public int? Line { get; init; }

    /// <summary>Problems with this record; empty when it was read cleanly.</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; init; } = [];
}
