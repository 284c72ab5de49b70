using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>One block of text from a page: its text, how much of it is link text, and the element it came from.</summary>
internal sealed record HtmlParagraph(string Text, int LinkLength, IElement Block)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;

    public bool IsHeading => Block.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public bool IsListItem => Block.LocalName is "li" or "dd" or "dt";
}
