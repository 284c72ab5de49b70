namespace NewsSearch;

/// <summary>Adds, replaces and deletes articles in an index. (Being written.)</summary>
public sealed class NewsIndexWriter
{
    /// <summary>Starts a new index at the path, replacing any old one when it commits.</summary>
    public static NewsIndexWriter Create(string indexPath, NewsIndexOptions? options = null) => throw new NotSupportedException(indexPath + options);
}
