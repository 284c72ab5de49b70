using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The text sizes of a page's elements while the page is not edited. Blocks are read from one walk of
/// the page (<see cref="HtmlText.BlockMeasures"/>): measuring each element on its own walked the same
/// paragraphs again for every container around them. An element the walk cannot stand for (not a block,
/// outside the walk, or for link density, inside a link) is measured on its own.
/// </summary>
internal sealed class MeasuredBlocks(IElement root)
{
    private readonly Dictionary<IElement, BlockMeasure> _blocks = HtmlText.BlockMeasures(root);

    /// <summary>The share of <paramref name="element"/>'s text that is link text, as <see cref="HtmlText.LinkDensity"/> gives it.</summary>
    public double LinkDensity(IElement element) =>
        _blocks.TryGetValue(element, out var sums) && !HtmlText.IsInsideLink(element)
            ? (sums.Length == 0 ? 0 : (double)sums.LinkLength / sums.Length)
            : HtmlText.LinkDensity(element);

    /// <summary>The length of <paramref name="element"/>'s one-line text and its commas, as <see cref="HtmlText.InlineMeasure"/> gives them.</summary>
    public (int Length, int Commas) InlineMeasure(IElement element)
    {
        // Inline joins the paragraphs with one space each; being inside a link changes no length.
        return _blocks.TryGetValue(element, out var sums) ? (sums.Length + sums.Paragraphs - 1, sums.Commas) : HtmlText.InlineMeasure(element);
    }
}
