namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The size of one paragraph of a page: its characters, its letters and digits, how many characters are
/// link text, and its commas (Latin, Arabic and CJK, as the content score counts them).
/// </summary>
internal readonly record struct HtmlTextMeasure(int Length, int Letters, int LinkLength, int Commas)
{
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    /// <summary>
    /// Whether <paramref name="c"/> is a comma as the content score counts them: Readability's set (Latin, Arabic,
    /// full-width, small, vertical, reversed, raised and turned commas) and the ideographic comma.
    /// </summary>
    public static bool IsComma(char c) => c is ',' or '，' or '、' or '،' or '﹐' or '︐' or '︑' or '⹁' or '⸴' or '⸲';
}
