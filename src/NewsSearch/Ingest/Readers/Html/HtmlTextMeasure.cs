namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The size of one paragraph of a page: its characters, its letters and digits, how many characters are
/// link text, and its commas (Latin and CJK, as the content score counts them).
/// </summary>
internal readonly record struct HtmlTextMeasure(int Length, int Letters, int LinkLength, int Commas)
{
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    /// <summary>Whether <paramref name="c"/> is a comma as the content score counts them: Latin, full-width or ideographic.</summary>
    public static bool IsComma(char c) => c is ',' or '，' or '、';
}
