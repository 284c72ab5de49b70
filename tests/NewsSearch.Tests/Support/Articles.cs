namespace NewsSearch.Tests.Support;

/// <summary>Builds articles for tests: every field has a harmless default, so a test names only what it is about.</summary>
internal static class Articles
{
    private static int _next;

    public static NewsArticle Any(
        string? id = null,
        string? title = "Harbour council approves new ferry timetable",
        string body = "The council voted on Tuesday to add two evening crossings.",
        string? source = "Harbour Gazette",
        string? byline = null,
        string? subtitle = null,
        string? dateline = null,
        DateTimeOffset? published = null,
        string? section = null,
        IReadOnlyList<string>? tags = null,
        IReadOnlyList<string>? captions = null,
        string? url = null,
        string? language = "en") => new()
        {
            Id = id ?? $"test-{Interlocked.Increment(ref _next):D5}",
            Title = title,
            Body = body,
            Source = source,
            Byline = byline,
            Subtitle = subtitle,
            Dateline = dateline,
            Published = published,
            Section = section,
            Tags = tags ?? [],
            Captions = captions ?? [],
            Url = url,
            Language = language,
        };

    public static DateTimeOffset Date(int year, int month = 1, int day = 1) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
