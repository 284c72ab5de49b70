namespace NewsSearch;

/// <summary>
/// One news article: the unit that is indexed, searched and returned. Every field but
/// <see cref="Id"/> is optional because real archives have gaps (a wire item with no headline,
/// a scrape with no date); a missing value is never invented.
/// </summary>
public sealed record NewsArticle
{
    /// <summary>The unique key of the article in an index; indexing an article with an existing id replaces it.</summary>
    public required string Id { get; init; }

    /// <summary>The address the article was published at.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The dek or standfirst shown under the headline.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The author or authors, without a leading "By".</summary>
    public string? Byline { get; init; }

    /// <summary>The publisher, such as <c>Reuters</c> or <c>Taiwan News</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The place line that opens the story, such as <c>TAIPEI</c>.</summary>
    public string? Dateline { get; init; }

    /// <summary>When the article was published; a date without a time is midnight UTC.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The section or desk, such as <c>business</c>.</summary>
    public string? Section { get; init; }

    /// <summary>Keywords or category codes.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The article text; paragraphs are separated by a blank line.</summary>
    public string Body { get; init; } = "";

    /// <summary>Image captions, with their credits.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The language as a BCP 47 tag, such as <c>en</c>.</summary>
    public string? Language { get; init; }
}
