namespace NewsSearch;

/// <summary>The input formats <see cref="ArticleReader"/> understands.</summary>
public enum ArticleFormat
{
    /// <summary>Decide from the file name and, failing that, from the content.</summary>
    Auto,

    /// <summary>JSON Lines: one article object per line (the canonical interchange format).</summary>
    JsonLines,

    /// <summary>A single JSON article object, or a JSON array of them.</summary>
    Json,

    /// <summary>Plain text, such as a scraped web page or a file with <c>Title:</c> / <c>By:</c> header lines.</summary>
    Text,
}
