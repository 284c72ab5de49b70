namespace NewsSearch.Ingest.Readers.Html;

/// <summary>The article fields a page's schema.org JSON-LD states (a <c>NewsArticle</c> or kin), as given.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? AlternativeHeadline { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> ImageCaptions { get; init; } = [];

    public string? Language { get; init; }

    public string? ArticleBody { get; init; }
}
