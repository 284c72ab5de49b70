namespace NewsSearch;

/// <summary>The input formats <see cref="ArticleReader"/> understands.</summary>
public enum ArticleFormat
{
    /// <summary>Decide from the content and, where it shows nothing distinctive, from the file name.</summary>
    Auto,

    /// <summary>JSON Lines: one article object per line (the canonical interchange format).</summary>
    JsonLines,

    /// <summary>A single JSON article object, or a JSON array of them.</summary>
    Json,

    /// <summary>Plain text, such as a scraped web page or a file with <c>Title:</c> / <c>By:</c> header lines.</summary>
    Text,

    /// <summary>A saved web page holding one article; fields come from its structured data, metadata and main content.</summary>
    Html,

    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed; every item or entry is an article.</summary>
    Feed,
}
