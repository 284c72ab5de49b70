using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Finds the element that holds the story, as Mozilla's Readability does: every paragraph scores its
/// parent (and, less, four more ancestors) by its length and commas; containers gain or lose by their
/// class; link-heavy containers are discounted; the best container grows to an ancestor that several
/// near-best candidates share or whose score rises again, and is taken together with the siblings that
/// score nearly as well (bodies split by ad slots) or read as prose. Chrome is removed first.
/// </summary>
internal static class ContentExtractor
{
    private const int MinParagraphLength = 25;

    // Five, as current Readability scores (older versions took three): pages nest a paragraph deeper than
    // that in wrappers, and with three the parts of a story in sibling wrappers never meet in one ancestor.
    private const int ScoredAncestors = 5;
    private const double ClassWeight = 25;
    private const double SiblingShare = 0.2;
    private const double MinSiblingScore = 10;
    private const int LongSiblingLength = 80;
    private const double RivalShare = 0.75;
    private const int MaxRivals = 4;
    private const int MinRivals = 3;
    private const double SameShapeMaxLinkDensity = 0.33;

    /// <summary>The content elements under <paramref name="body"/>, in document order, scored from <paramref name="measured"/> (a measure of <paramref name="body"/>).</summary>
    public static IReadOnlyList<IElement> Find(IElement body, MeasuredBlocks measured)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in Descendants(body))
        {
            if (!IsScoredBlock(element))
            {
                continue;
            }

            // Only the text's length and commas count: measured, not copied out.
            var (length, commas) = measured.InlineMeasure(element);
            if (length < MinParagraphLength)
            {
                continue;
            }

            // A point for the paragraph, one for each comma-separated piece of it (Readability counts the pieces,
            // commas + 1) and one for each hundred characters, up to three.
            var score = 1 + (commas + 1) + Math.Min(length / 100, 3);

            // A div around the paragraph alone is the paragraph (Readability puts the p in its place): the
            // paragraph scores the div's parent first, with the paragraphs beside it.
            var ancestor = element.ParentElement is { } parent && measured.IsParagraphWrapper(parent)
                ? parent.ParentElement
                : element.ParentElement;
            for (var level = 0; level < ScoredAncestors && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += level switch
                {
                    0 => score,
                    1 => score / 2.0,
                    _ => score / (level * 3.0),
                };
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        var (best, bestScore) = FinalScores(scores, measured, out var final);
        var top = CommonAncestor(best, scores, body);
        top = RisingAncestor(top, scores, final, measured, body);

        // A wrapper that is its parent's only child says nothing; its parent's siblings are the story's neighbours.
        while (top.ParentElement is { } parent && parent != body && parent.Children.Length == 1)
        {
            top = parent;
        }

        if (top.LocalName is "html" || top == body)
        {
            return [body];
        }

        return WithSiblings(top, Math.Max(bestScore, scores.GetValueOrDefault(top)), scores, measured);
    }

    /// <summary>
    /// Discounts each candidate by its link density, in place, and returns the best. Densities come from one
    /// walk of the page (<see cref="MeasuredBlocks"/>) and are taken best-first, only for candidates that could
    /// still be the best, a rival (<see cref="RivalShare"/>) or a sibling worth keeping; the rest keep their
    /// raw score, which is below every threshold it is compared with.
    /// </summary>
    private static (IElement Best, double Score) FinalScores(Dictionary<IElement, double> scores, MeasuredBlocks measured, out HashSet<IElement> final)
    {
        final = [];
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, raw) in scores.OrderByDescending(pair => pair.Value).ToList())
        {
            if (best is not null && raw < bestScore * RivalShare && raw < Math.Max(MinSiblingScore, bestScore * SiblingShare))
            {
                break;
            }

            var score = raw * (1 - measured.LinkDensity(element));
            scores[element] = score;
            final.Add(element);
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        return (best!, bestScore);
    }

    /// <summary>
    /// A story split into sections (Medium's one wrapper per section) makes several candidates that score
    /// about as well as the best one; when enough of them sit under one ancestor of the best, that ancestor
    /// holds the story, as Readability decides.
    /// </summary>
    private static IElement CommonAncestor(IElement top, Dictionary<IElement, double> scores, IElement body)
    {
        var best = scores[top];
        var rivals = scores.Where(pair => pair.Key != top && pair.Value >= best * RivalShare)
            .OrderByDescending(pair => pair.Value).Take(MaxRivals).Select(pair => pair.Key).ToList();
        if (rivals.Count < MinRivals)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (rivals.Count(r => ancestor.Contains(r)) >= MinRivals)
            {
                return ancestor;
            }
        }

        return top;
    }

    /// <summary>
    /// An ancestor that scores more than the container below it gathers content from elsewhere too (a story whose
    /// text sits beside a table or in wrappers side by side): Readability climbs to the first such ancestor, while
    /// scores stay above a third of the top's. A top that was never scored (an ancestor that near-best candidates
    /// share, further up than paragraphs score) starts from its tag and class, so the first scored ancestor
    /// above it takes its place. Scores are discounted by link density as they are read, as the best ones were.
    /// </summary>
    private static IElement RisingAncestor(IElement top, Dictionary<IElement, double> scores, HashSet<IElement> final, MeasuredBlocks measured, IElement body)
    {
        double Score(IElement e)
        {
            if (!final.Contains(e))
            {
                scores[e] *= 1 - measured.LinkDensity(e);
                final.Add(e);
            }

            return scores[e];
        }

        if (!scores.ContainsKey(top))
        {
            scores[top] = InitialScore(top);
            final.Add(top);
        }

        var last = Score(top);
        var threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.ContainsKey(parent))
            {
                continue;
            }

            var score = Score(parent);
            if (score < threshold)
            {
                break;
            }

            if (score > last)
            {
                return parent;
            }

            last = score;
        }

        return top;
    }

    private static List<IElement> WithSiblings(IElement top, double topScore, Dictionary<IElement, double> scores, MeasuredBlocks measured)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(MinSiblingScore, topScore * SiblingShare);
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top
                || (scores.TryGetValue(sibling, out var score) && score >= threshold)
                || IsProse(sibling, measured)
                || IsSameShape(sibling, top, measured))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    /// <summary>
    /// A sibling built like the story's container (same tag and class: the next section of a story cut into
    /// sections) that holds prose rather than links is the story's, however short it is. List items need no
    /// class to match: when the best container is one item of a list, the page is a listing (a section front's
    /// teasers), and one teaser picked from it would stand for the page.
    /// </summary>
    private static bool IsSameShape(IElement sibling, IElement top, MeasuredBlocks measured) =>
        sibling.LocalName == top.LocalName && (top.LocalName == "li" || !string.IsNullOrEmpty(top.ClassName)) && sibling.ClassName == top.ClassName
        && PageChrome.ClassWeight(sibling) >= 0 && measured.InlineMeasure(sibling).Length >= MinParagraphLength && measured.LinkDensity(sibling) < SameShapeMaxLinkDensity;

    private static bool IsProse(IElement element, MeasuredBlocks measured)
    {
        // A div with nothing block-like inside, or around one p alone, is a paragraph, as Readability reads it.
        if (element.LocalName is not ("p" or "blockquote" or "h2" or "h3" or "ul" or "ol")
            && !(element.LocalName == "div" && (HtmlText.IsParagraphWrapper(element) || !element.Children.Any(HtmlText.IsBlock))))
        {
            return false;
        }

        var text = HtmlText.Inline(element);
        var density = measured.LinkDensity(element);
        return (text.Length > LongSiblingLength && density < 0.25)
            || (text.Length > 0 && density == 0 && TextShapeEndsSentence(text));
    }

    private static bool TextShapeEndsSentence(string text) => text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')') is { Length: > 0 } end && end[^1] is '.' or '!' or '?';

    private static bool IsScoredBlock(IElement element) => element.LocalName switch
    {
        "p" or "pre" or "td" => true,
        "blockquote" => element.QuerySelector("p") is null,
        "div" or "section" => !element.Children.Any(HtmlText.IsBlock),
        _ => false,
    };

    /// <summary>
    /// Readability's start for a container: only a div gains. An article, main or section element gains nothing,
    /// as there: on a section front each teaser is an article, and a start for the tag made one teaser outscore
    /// the listing around it.
    /// </summary>
    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + (PageChrome.ClassWeight(element) * ClassWeight);
    }

    /// <summary>Every element under <paramref name="root"/> without recursion (see <see cref="HtmlText"/>).</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root)
            {
                yield return element;
            }

            // ChildNodes is indexed in constant time; AngleSharp's Children collection walks from the start for each index.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                // A class test: AngleSharp's element types are dozens, so an interface test walks each one's interface map.
                if (children[i] is Element child)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
