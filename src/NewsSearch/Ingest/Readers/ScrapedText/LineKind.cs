namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>What a line of scraped text turned out to be.</summary>
internal enum LineKind
{
    /// <summary>Not classified yet; whatever is still unread after the walk is body text.</summary>
    Text,
    Navigation,
    Boilerplate,
    Caption,
    AltText,
    Date,
    Byline,
    Title,
    Subtitle,
    Body,
    Dropped,
}
