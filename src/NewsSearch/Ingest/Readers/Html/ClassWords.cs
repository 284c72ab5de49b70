namespace NewsSearch.Ingest.Readers.Html;

/// <summary>What the words of an element's <c>class</c> and <c>id</c> say it is (see <see cref="PageChrome"/>).</summary>
[Flags]
internal enum ClassWords
{
    None = 0,

    /// <summary>Chrome whatever else the class says: share bars, ads, comments, cookie banners.</summary>
    StrongChrome = 1,

    /// <summary>Page furniture that is never story: header, navigation, byline and date wrappers.</summary>
    AlwaysWeakChrome = 2,

    /// <summary>Furniture unless the class also names content ("side", "links", "caption").</summary>
    WeakChrome = 4,

    /// <summary>Names content: article, body, story, text.</summary>
    Content = 8,
}
