namespace NewsSearch.Ingest.Readers.Feeds;

/// <summary>What a feed says about all its items: its title (the items' source) and language.</summary>
internal sealed record FeedContext(string? Title, string? Language);
