namespace NewsSearch.Indexing;

/// <summary>
/// The schema version written into every commit's user data. Bump it whenever fields or analysis
/// change in a way an older index cannot serve; opening an index of another version is an error
/// that asks for a rebuild, never silently wrong results.
/// </summary>
internal static class SchemaVersion
{
    // 2: the NewsSearch48 codec (Deflate stored fields). 3: near-duplicate sketch, arrival
    // sequence and content hash (issue 4, part B). 4: text fields index positions without offsets
    // (snippets re-analyse the stored text); a version 3 index still has offsets and must be rebuilt.
    // 5: each text field has a forms twin (stop words and stemmed-away endings) for exact quoted phrases.
    // 6: the title is stored only when its doc-values copy is cut (Indexing/ArticleTitle); a version 5
    // index stores every title, which this version would read, but its size is what 6 fixes: rebuild.
    public const int Current = 6;

    public const string CommitDataKey = "newssearch.schema";

    public static Dictionary<string, string> CommitData() => new() { [CommitDataKey] = Current.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Reads the version of a commit; null when the commit was not written by NewsSearch.</summary>
    public static int? Read(IDictionary<string, string>? userData) =>
        userData is not null && userData.TryGetValue(CommitDataKey, out var text) && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
}
