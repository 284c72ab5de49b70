namespace NewsSearch.Ingest.Readers.Html;

/// <summary>The size of one paragraph of a page: its characters, its letters and digits, and how many characters are link text.</summary>
internal readonly record struct HtmlTextMeasure(int Length, int Letters, int LinkLength)
{
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;
}
