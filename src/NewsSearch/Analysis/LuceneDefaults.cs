using Lucene.Net.Util;

namespace NewsSearch.Analysis;

/// <summary>The one place that names the Lucene version the index format and analysis follow.</summary>
internal static class LuceneDefaults
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Tokens kept per field value. Beyond this a 50 MB paste would overflow Lucene's term buffer
    /// (LUCENENET #1003); a million words is far past any real article.
    /// </summary>
    public const int MaxTokensPerField = 1_000_000;
}
