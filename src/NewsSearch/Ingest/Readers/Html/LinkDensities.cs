using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The link densities of a page's elements while the page is not edited. Blocks are read from one walk
/// of the page (<see cref="HtmlText.BlockMeasures"/>), made on first use: measuring each candidate on its
/// own walked the same paragraphs again for every container around them. An element the walk cannot
/// stand for (not a block, inside a link, outside the walk) is measured on its own.
/// </summary>
internal sealed class LinkDensities(IElement root)
{
    private Dictionary<IElement, (int Length, int LinkLength)>? _blocks;

    /// <summary>The share of <paramref name="element"/>'s text that is link text, as <see cref="HtmlText.LinkDensity"/> gives it.</summary>
    public double Of(IElement element)
    {
        _blocks ??= HtmlText.BlockMeasures(root);
        if (_blocks.TryGetValue(element, out var sums) && !HtmlText.IsInsideLink(element))
        {
            return sums.Length == 0 ? 0 : (double)sums.LinkLength / sums.Length;
        }

        return HtmlText.LinkDensity(element);
    }
}
