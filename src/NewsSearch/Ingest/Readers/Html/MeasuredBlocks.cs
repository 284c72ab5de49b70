using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The text sizes of a page's elements while the page is not edited, or edited only by taking out blocks
/// through <see cref="Remove"/>. Blocks are read from one walk of the page (<see cref="HtmlText.BlockMeasures"/>):
/// measuring each element on its own walked the same paragraphs again for every container around them.
/// An element the walk cannot stand for (not a block, outside the walk, or for link density, inside a
/// link) is measured on its own.
/// </summary>
internal sealed class MeasuredBlocks(IElement root)
{
    // Above this link density a div around one p is a box holding a link line, not that paragraph.
    private const double MaxWrapperLinkDensity = 0.25;

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
        return _blocks.TryGetValue(element, out var sums) ? (sums.Paragraphs == 0 ? 0 : sums.Length + sums.Paragraphs - 1, sums.Commas) : HtmlText.InlineMeasure(element);
    }

    /// <summary>
    /// Whether <paramref name="element"/> is a div around one p (<see cref="HtmlText.IsParagraphWrapper"/>) that is under
    /// a quarter links: Readability puts the p in its place, so it is that paragraph, not a block around it.
    /// </summary>
    public bool IsParagraphWrapper(IElement element) => HtmlText.IsParagraphWrapper(element) && LinkDensity(element) < MaxWrapperLinkDensity;

    /// <summary>
    /// Takes <paramref name="block"/>'s sizes off every block around it, before it is taken out of the page, so that
    /// they measure what is left in them. Inline text either side of the block joins into one paragraph in a fresh walk;
    /// the sums keep it as two, one space shorter than measuring again gives (a test holds the sums exact where blocks
    /// stand between blocks, which is how pages lay out the boxes this removes).
    /// </summary>
    public void Remove(IElement block)
    {
        if (!_blocks.TryGetValue(block, out var taken))
        {
            return;
        }

        for (var ancestor = block.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (_blocks.TryGetValue(ancestor, out var around))
            {
                _blocks[ancestor] = new BlockMeasure(around.Length - taken.Length, around.LinkLength - taken.LinkLength, around.Commas - taken.Commas, around.Paragraphs - taken.Paragraphs);
            }
        }

        _blocks.Remove(block);
    }
}
