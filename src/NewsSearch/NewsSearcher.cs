namespace NewsSearch;

/// <summary>Searches an index. (Being written.)</summary>
public sealed class NewsSearcher
{
    /// <summary>Gets an article by id.</summary>
    public NewsArticle? Get(string id) => throw new NotSupportedException(id);
}
