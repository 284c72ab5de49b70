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

    /// <summary>Pages with less prose than this are too small to call a body short.</summary>
    public const int MinProse = 400;

    private const int MinProseParagraph = 60;
    private const double MaxProseLinkDensity = 0.3;
    private const double MinGain = 1.2;
    private const double MinKept = 0.7;
    private const int SmallBody = 150;

    private static readonly HashSet<string> StructuralChrome = new(StringComparer.Ordinal) { "nav", "footer", "aside", "menu", "dialog" };

    /// <summary>Letters and digits in the page's sentence-like paragraphs, which are mostly not links.</summary>
    public static int Prose(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return 0;
        }

        var total = 0;
        foreach (var paragraph in HtmlText.Paragraphs(body, PageChrome.IsHidden))
        {
            var letters = Letters(paragraph.Text);
            if (letters >= MinProseParagraph && paragraph.LinkDensity <= MaxProseLinkDensity)
            {
                total += letters;
            }
        }

        return total;
    }

    public static bool IsShort(int bodyLetters, int prose) => prose >= MinProse && bodyLetters < prose * ShortShare;

    /// <summary>
    /// The paragraphs of <paramref name="fresh"/> (an unmodified parse of the page) found with only hidden
    /// elements and structural navigation removed before scoring, without clear chrome
    /// (<paramref name="isClearChrome"/>: comments, share bars, ads) inside the chosen container.
    /// </summary>
    public static List<HtmlParagraph> Retry(IDocument fresh, Func<IElement, bool> isClearChrome)
    {
        foreach (var element in fresh.All.Where(IsHiddenOrStructural).ToList())
        {
            element.Remove();
        }

        // Scored with every class word off, as the story's wrapper may carry one; then clear chrome inside
        // the chosen container (a comment thread beside a short story) is left out paragraph by paragraph.
        return [.. ContentExtractor.Find(fresh).SelectMany(element => HtmlText.Paragraphs(element, isClearChrome))];
    }

    /// <summary>The page's non-link text, for a page where no container reads as a story.</summary>
    public static List<HtmlParagraph> PageText(IDocument fresh)
    {
        foreach (var element in fresh.All.Where(IsHiddenOrStructural).ToList())
        {
            element.Remove();
        }

        return fresh.Body is null ? [] : [.. HtmlText.Paragraphs(fresh.Body).Where(p => p.LinkDensity <= 0.5)];
    }

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
