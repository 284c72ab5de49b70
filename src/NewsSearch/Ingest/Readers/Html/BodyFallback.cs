using AngleSharp.Dom;
using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// What to do when the main candidate holds much less text than the page shows, as Readability does
/// when its first pass comes up short: score the page again with only hidden elements and structural
/// navigation removed (a class word such as "date" or "meta" on a wrapper must not cost the story),
/// compare with the JSON-LD <c>articleBody</c>, and as a last resort take the page's own non-link text,
/// so that a page with text never yields an empty body. Sizes are counted in letters and digits, so a
/// Chinese page without spaces weighs the same as an English one.
/// </summary>
internal static class BodyFallback
{
    /// <summary>Below this share of the page's prose a body is suspiciously short.</summary>
    public const double ShortShare = 0.4;

    /// <summary>Below this share of the page's prose the main candidate has missed the story, not part of it.</summary>
    public const double VeryShortShare = 0.25;

    /// <summary>Pages with less prose than this are too small to call a body short.</summary>
    public const int MinProse = 400;

    private const int MinProseParagraph = 60;
    private const double MaxProseLinkDensity = 0.3;
    private const double MinGain = 1.2;
    private const double MinKept = 0.7;
    private const int SmallBody = 150;
    private const double BlockShare = 0.8;
    private const double MaxBlockLinkDensity = 0.5;

    private static readonly HashSet<string> StructuralChrome = new(StringComparer.Ordinal) { "nav", "footer", "aside", "menu", "dialog" };

    /// <summary>Letters and digits in the page's sentence-like paragraphs, which are mostly not links.</summary>
    public static int Prose(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return 0;
        }

        var total = 0;
        foreach (var paragraph in HtmlText.Measures(body, PageChrome.IsHidden))
        {
            if (paragraph.Letters >= MinProseParagraph && paragraph.LinkDensity <= MaxProseLinkDensity)
            {
                total += paragraph.Letters;
            }
        }

        return total;
    }

    public static bool IsShort(int bodyLetters, int prose) => prose >= MinProse && bodyLetters < prose * ShortShare;

    /// <summary>
    /// Readies an unmodified parse of the page for the fallbacks below: only hidden elements and structural
    /// navigation (nav, footer, aside, dialogs) are removed, not elements whose class merely sounds like chrome.
    /// </summary>
    public static IDocument Stripped(IDocument fresh)
    {
        new ElementRemoval().RemoveWhere(fresh, IsHiddenOrStructural);
        return fresh;
    }

    /// <summary>
    /// The paragraphs of <paramref name="stripped"/> (see <see cref="Stripped"/>) found by scoring again and cleaning
    /// conditionally, without clear chrome (<paramref name="isClearChrome"/>: comments, share bars, ads) inside the
    /// chosen container. The page is left as it was.
    /// </summary>
    public static List<HtmlParagraph> Retry(IDocument stripped, Func<IElement, bool> isClearChrome)
    {
        if (stripped.Body is not { } body)
        {
            return [];
        }

        // Scored with every class word off, as the story's wrapper may carry one; cleaned as the first pass is;
        // then clear chrome inside the chosen container (a comment thread beside a short story) is left out
        // paragraph by paragraph. The cleaning is undone, as the fallbacks after this one read the page whole.
        var removal = new ElementRemoval();
        var content = ConditionalCleaning.CleanedContent(body, removal);
        List<HtmlParagraph> paragraphs = [.. content.SelectMany(element => HtmlText.Paragraphs(element, isClearChrome))];
        removal.Restore();
        return paragraphs;
    }

    /// <summary>
    /// The page's largest block of text, as SmartReader falls back to: from the body down, the child that
    /// holds most of its parent's non-link text, while one does; its paragraphs that are not mostly links.
    /// For pages whose story is not written as paragraphs (steps, feature lists, tables).
    /// </summary>
    public static List<HtmlParagraph> LargestBlock(IDocument stripped, Func<IElement, bool> isClearChrome)
    {
        if (stripped.Body is not { } body)
        {
            return [];
        }

        var paragraphs = HtmlText.Paragraphs(body, isClearChrome).Where(p => p.LinkDensity <= MaxBlockLinkDensity).ToList();
        var letters = new Dictionary<IElement, int>();
        foreach (var paragraph in paragraphs)
        {
            var count = Letters(paragraph.Text);
            for (var element = paragraph.Block; element is not null; element = element.ParentElement)
            {
                letters[element] = letters.GetValueOrDefault(element) + count;
            }
        }

        IElement block = body;
        while (true)
        {
            IElement? largest = null;
            foreach (var child in block.Children)
            {
                if (largest is null || letters.GetValueOrDefault(child) > letters.GetValueOrDefault(largest))
                {
                    largest = child;
                }
            }

            if (largest is null || letters.GetValueOrDefault(largest) < letters.GetValueOrDefault(block) * BlockShare)
            {
                break;
            }

            block = largest;
        }

        return [.. paragraphs.Where(p => block.Contains(p.Block))];
    }

    /// <summary>The page's non-link text without what <paramref name="leaveOut"/> picks, for a page where no container reads as a story.</summary>
    public static List<HtmlParagraph> PageText(IDocument stripped, Func<IElement, bool> leaveOut) =>
        stripped.Body is null ? [] : [.. HtmlText.Paragraphs(stripped.Body, leaveOut).Where(p => p.LinkDensity <= 0.5)];

    /// <summary>
    /// Whether <paramref name="candidate"/> should replace <paramref name="current"/>: it is clearly longer and,
    /// unless the current body is small, keeps most of its paragraphs (a fallback extends what was found; it
    /// must not swap the story for a comment thread that happens to be longer).
    /// </summary>
    public static bool Improves(IReadOnlyList<string> candidate, IReadOnlyList<string> current)
    {
        var candidateLetters = Letters(candidate);
        var currentLetters = Letters(current);
        if (candidateLetters < currentLetters * MinGain || candidateLetters == 0)
        {
            return false;
        }

        if (currentLetters < SmallBody)
        {
            return true;
        }

        var text = TextShape.Comparable(string.Join(" ", candidate));
        var kept = current.Count(p => text.Contains(TextShape.Comparable(p), StringComparison.Ordinal));
        return kept >= current.Count * MinKept;
    }

    public static int Letters(IReadOnlyList<string> paragraphs) => paragraphs.Sum(Letters);

    public static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsHiddenOrStructural(IElement element) =>
        element.LocalName is not ("html" or "body")
        && ((HtmlText.IsInvisible(element) && element.LocalName is not ("img" or "picture" or "source"))
            || PageChrome.IsHidden(element)
            || StructuralChrome.Contains(element.LocalName)
            || element.GetAttribute("role") is "navigation" or "contentinfo" or "complementary" or "dialog");
}
