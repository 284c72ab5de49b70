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

    /// <summary>Names a byline or author: byline, author-name, contributor.</summary>
    Byline = 16,

    /// <summary>Names a dek or standfirst: dek, standfirst, subtitle, summary.</summary>
    Dek = 32,

    /// <summary>Names a date stamp: date, time, published, posted.</summary>
    Date = 64,

    /// <summary>Names an update stamp: updated, modified.</summary>
    Modified = 128,

    /// <summary>Names a caption or a picture credit.</summary>
    Caption = 256,

    /// <summary>Names a credit or copyright line.</summary>
    Credit = 512,
}
