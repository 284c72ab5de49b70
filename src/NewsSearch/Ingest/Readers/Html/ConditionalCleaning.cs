using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Readability's conditional cleaning of the chosen content: a block inside the story that reads as
/// furniture rather than prose is taken out, unless it has the commas of real sentences. Furniture is a
/// block whose text is mostly links for its class (a related-stories box, a teaser grid, a "more ways to
/// customize" panel), or that holds more than twice as many pictures as paragraphs, a hundred list items
/// more than paragraphs, or a few words of linked text. The thresholds are Readability's; its rules for
/// embeds and form fields have nothing to judge here, as the chrome pass has taken every invisible element
/// (frames, embeds, inputs) out before. Never judged: a paragraph written as a <c>div</c> (or wrapped in
/// one), a block with a table, and anything inside a table, <c>pre</c> or <c>code</c>.
/// </summary>
internal static class ConditionalCleaning
{
    private const int ProseCommas = 10;
    private const double MaxLinkDensity = 0.2;
    private const double MaxLinkDensityForContentClass = 0.5;
    private const int ContentClassWeight = 25;
    private const int MinContentLength = 25;
    private const double ListShare = 0.9;
    private const double MaxHeadingShare = 0.9;
    private const double MinParagraphsPerPicture = 0.5;

    // Readability counts list items only past a hundred, so a list-heavy block is furniture only when it is huge.
    private const int ListItemAllowance = 100;

    /// <summary>
    /// The content <see cref="ContentExtractor"/> finds under <paramref name="body"/>, cleaned of furniture (removed
    /// through <paramref name="removal"/>): one measure of the page serves choosing the content and cleaning it,
    /// and the cleaning keeps it up to date.
    /// </summary>
    public static IReadOnlyList<IElement> CleanedContent(IElement body, ElementRemoval removal)
    {
        var measured = new MeasuredBlocks(body);
        var content = ContentExtractor.Find(body, measured);
        foreach (var element in content)
        {
            Clean(element, measured, removal);
        }

        return content;
    }

    /// <summary>
    /// Takes the furniture blocks inside <paramref name="content"/> (not <paramref name="content"/> itself) out of the
    /// page, through <paramref name="removal"/>, and out of <paramref name="measured"/>, a measure of the page around it.
    /// </summary>
    private static void Clean(IElement content, MeasuredBlocks measured, ElementRemoval removal)
    {
        var blocks = ContentExtractor.Descendants(content).Where(e => e.LocalName is "div" or "ul" or "form" or "fieldset").ToList();

        // Last first, as Readability goes: a block is judged on what is left in it after the furniture inside it
        // was taken out, which the measure keeps track of instead of measuring again.
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (IsFurniture(blocks[i], measured))
            {
                measured.Remove(blocks[i]);
                removal.Remove(blocks[i]);
            }
        }
    }

    private static bool IsFurniture(IElement block, MeasuredBlocks measured)
    {
        var (length, commas) = measured.InlineMeasure(block);
        if (commas >= ProseCommas || IsInsideCodeOrTable(block))
        {
            return false;
        }

        var counts = Count(block, measured);

        // A div with nothing block-like inside is a paragraph written as a div, as Readability reads it (it turns
        // such a div into a p before cleaning): a sentence that is half a link is story, not a link box.
        // Readability spares a block that holds a data table; not telling data tables from layout ones, the
        // reader spares every block with a table (a results table in a story links to every candidate).
        if ((block.LocalName == "div" && counts.BlockLike == 0) || counts.Tables > 0)
        {
            return false;
        }

        var weight = PageChrome.ClassWeight(block) * ContentClassWeight;
        var linkDensity = measured.LinkDensity(block);
        if (measured.IsParagraphWrapper(block))
        {
            return false;
        }

        var isList = block.LocalName == "ul" || (length > 0 && counts.ListLength > ListShare * length);
        var inFigure = HasAncestor(block, static name => name == "figure");
        var headingShare = length == 0 ? 0 : (double)counts.HeadingLength / length;
        var remove = (!inFigure && counts.Pictures > 1 && (double)counts.Paragraphs / counts.Pictures < MinParagraphsPerPicture)
            || (!isList && counts.ListItems - ListItemAllowance > counts.Paragraphs)
            || (!isList && !inFigure && headingShare < MaxHeadingShare && length < MinContentLength && (counts.Pictures == 0 || counts.Pictures > 2) && linkDensity > 0)
            || (!isList && weight < ContentClassWeight && linkDensity > MaxLinkDensity)
            || (weight >= ContentClassWeight && linkDensity > MaxLinkDensityForContentClass);

        // A list of pictures, one to an item, is a gallery: it stays, as in Readability.
        return remove && !(isList && counts.Pictures == counts.ListItems && block.Children.All(child => child.Children.Length <= 1));
    }

    /// <summary>What <paramref name="block"/> holds, counted in one walk; the text of its lists and headings as <paramref name="measured"/> has it.</summary>
    private static BlockCounts Count(IElement block, MeasuredBlocks measured)
    {
        var counts = new BlockCounts();
        var stack = new Stack<(IElement Element, bool InList, bool InHeading)>();
        stack.Push((block, false, false));
        while (stack.Count > 0)
        {
            var (element, inList, inHeading) = stack.Pop();
            var name = element.LocalName;
            if (element != block)
            {
                if (name is "blockquote" or "dl" or "div" or "img" or "ol" or "p" or "pre" or "table" or "ul")
                {
                    counts.BlockLike++;
                }

                switch (name)
                {
                    case "p":
                        counts.Paragraphs++;
                        break;
                    case "img":
                        counts.Pictures++;
                        break;
                    case "li":
                        counts.ListItems++;
                        break;
                    case "table":
                        counts.Tables++;
                        break;
                    default:
                        break;
                }

                // A list or heading inside one is already measured with it.
                if (!inList && name is "ul" or "ol")
                {
                    counts.ListLength += measured.InlineMeasure(element).Length;
                    inList = true;
                }

                if (!inHeading && name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    counts.HeadingLength += measured.InlineMeasure(element).Length;
                    inHeading = true;
                }
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, inList, inHeading));
                }
            }
        }

        return counts;
    }

    /// <summary>A block in a table (data or layout), a listing or code is the story's own structure, never judged.</summary>
    private static bool IsInsideCodeOrTable(IElement block) => HasAncestor(block, static name => name is "table" or "pre" or "code");

    private static bool HasAncestor(IElement block, Func<string, bool> isNamed)
    {
        for (var ancestor = block.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (isNamed(ancestor.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class BlockCounts
    {
        public int Paragraphs { get; set; }

        public int Pictures { get; set; }

        public int ListItems { get; set; }

        public int Tables { get; set; }

        /// <summary>Elements that Readability's test for a paragraph written as a div counts as blocks (an image among them).</summary>
        public int BlockLike { get; set; }

        public int ListLength { get; set; }

        public int HeadingLength { get; set; }
    }
}
