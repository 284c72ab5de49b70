using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Flattens markup into paragraphs the way a browser lays it out: block elements start new paragraphs,
/// inline elements run together, white space collapses, <c>&lt;br&gt;</c> breaks a line and two of them a
/// paragraph. Walks with an explicit stack, so a hostile page nested a hundred thousand levels deep
/// cannot overflow the thread's stack.
/// </summary>
internal sealed class HtmlText
{
    // Frozen: looked up for every node of every walk, and frozen sets of short keys look up faster.
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
        "tfoot", "tr", "ul", "caption", "body", "html", "amp-img", "amp-carousel",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Invisible = new[]
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "video", "audio",
        "canvas", "button", "select", "input", "textarea", "head", "title", "meta", "link", "img", "picture",
        "source", "map", "amp-ad", "amp-analytics", "amp-embed", "amp-sticky-ad",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly List<HtmlParagraph> _paragraphs = [];
    private readonly List<HtmlTextMeasure> _measures = [];
    private readonly StringBuilder _current = new();
    private readonly Func<IElement, bool>? _skip;
    private readonly Stack<IElement> _blocks = new();

    /// <summary>Counts instead of copying: a pass that only weighs the page's text needs no strings.</summary>
    private readonly bool _measureOnly;

    /// <summary>What a measuring pass counts besides lengths: a walk for link density needs neither letters nor commas.</summary>
    private readonly Counting _counting;

    /// <summary>When asked for, each block's sizes summed over the paragraphs inside it.</summary>
    private Dictionary<IElement, BlockMeasure>? _perBlock;
    private int _length;
    private int _letters;
    private int _commas;
    private bool _endsWithNewline;
    private int _linkLength;
    private bool _pendingSpace;
    private int _breaks;

    private HtmlText(Func<IElement, bool>? skip, bool measureOnly, Counting counting)
    {
        _skip = skip;
        _measureOnly = measureOnly;
        _counting = counting;
    }

    private enum Counting
    {
        LengthsOnly,
        Commas,
        CommasAndLetters,
    }

    /// <summary>The paragraphs under <paramref name="root"/>, in document order; <paramref name="skip"/> leaves elements out.</summary>
    public static IReadOnlyList<HtmlParagraph> Paragraphs(INode root, Func<IElement, bool>? skip = null) =>
        Read(root, skip, measureOnly: false, Counting.LengthsOnly)._paragraphs;

    /// <summary>The size of each paragraph <see cref="Paragraphs"/> would give, without making their text.</summary>
    public static IReadOnlyList<HtmlTextMeasure> Measures(INode root, Func<IElement, bool>? skip = null) =>
        Read(root, skip, measureOnly: true, Counting.CommasAndLetters)._measures;

    /// <summary>The share of <paramref name="root"/>'s text (as <see cref="Paragraphs"/> lays it out) that is link text; 0 when it has none.</summary>
    public static double LinkDensity(INode root)
    {
        // The densest walks there are (whole containers, several per page): they count lengths and nothing else.
        int length = 0, linkLength = 0;
        foreach (var measure in Read(root, skip: null, measureOnly: true, Counting.LengthsOnly)._measures)
        {
            length += measure.Length;
            linkLength += measure.LinkLength;
        }

        return length == 0 ? 0 : (double)linkLength / length;
    }

    /// <summary>
    /// For every block under <paramref name="root"/> that holds text, its sizes as one walk lays the page out.
    /// A block starts and ends paragraphs of its own, so these are the sums of its own
    /// <see cref="Measures"/>, except that a block inside a link has all its text counted as link text
    /// (see <see cref="IsInsideLink"/>); blocks inside an invisible element are not walked and have no entry.
    /// </summary>
    public static Dictionary<IElement, BlockMeasure> BlockMeasures(IElement root)
    {
        var text = new HtmlText(skip: null, measureOnly: true, Counting.Commas) { _perBlock = [] };
        text._blocks.Push(root);
        text.Walk(root);
        text.Flush();
        return text._perBlock;
    }

    /// <summary>Whether an ancestor of <paramref name="element"/> is a link: its text is link text in a walk of the page, not in its own.</summary>
    public static bool IsInsideLink(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor is Element parent && IsLink(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static HtmlText Read(INode root, Func<IElement, bool>? skip, bool measureOnly, Counting counting)
    {
        var text = new HtmlText(skip, measureOnly, counting);
        if ((root as IElement ?? (root as IDocument)?.DocumentElement) is { } outer)
        {
            text._blocks.Push(outer);
        }

        text.Walk(root);
        text.Flush();
        return text;
    }

    /// <summary>The length of <see cref="Inline"/>'s text and the commas in it, without making the text.</summary>
    public static (int Length, int Commas) InlineMeasure(INode node)
    {
        var measures = Read(node, skip: null, measureOnly: true, Counting.Commas)._measures;
        int length = 0, commas = 0;
        foreach (var measure in measures)
        {
            length += measure.Length;
            commas += measure.Commas;
        }

        // Inline joins the paragraphs with one space each.
        return (measures.Count == 0 ? 0 : length + measures.Count - 1, commas);
    }

    /// <summary>The text of one element on one line, white space collapsed.</summary>
    public static string Inline(INode node) =>
        string.Join(' ', Paragraphs(node).Select(p => p.Text.Replace('\n', ' ')));

    /// <summary>
    /// The first character of <see cref="Inline"/>'s text of <paramref name="root"/>, '\0' when it has none,
    /// found without making the text: white space never starts a paragraph, so it is the first character
    /// that is not white space in a visible text node. For ruling elements out before reading them whole.
    /// </summary>
    public static char FirstCharacter(IElement root)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node.NodeType == NodeType.Text)
            {
                foreach (var c in node.TextContent)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        return c;
                    }
                }
            }
            else if (node is Element element && !Invisible.Contains(element.LocalName) && ((INode)element).FirstChild is { } first)
            {
                node = first;
                continue;
            }

            while (node != root && node.NextSibling is null)
            {
                node = node.Parent!;
            }

            node = node == root ? null : node.NextSibling;
        }

        return '\0';
    }

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static bool IsInvisible(IElement element) => Invisible.Contains(element.LocalName);

    /// <summary>
    /// A <c>div</c> around one <c>p</c> and nothing else, which Readability reads as that paragraph when it is not
    /// mostly links (<see cref="MeasuredBlocks.IsParagraphWrapper"/>): CMSs wrap every paragraph so.
    /// </summary>
    public static bool IsParagraphWrapper(IElement element) =>
        element.LocalName == "div" && element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "p" } paragraph
        && !HasOwnText(element) && !HasBreakChain(paragraph);

    /// <summary>
    /// Whether two line breaks in a row (white space between them aside) split <paramref name="element"/>'s own text:
    /// such a "paragraph" is several, as Readability reads it (it makes each run its own p).
    /// </summary>
    private static bool HasBreakChain(IElement element)
    {
        var afterBreak = false;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement { LocalName: "br" })
            {
                if (afterBreak)
                {
                    return true;
                }

                afterBreak = true;
            }
            else if (node.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(node.TextContent))
            {
                afterBreak = false;
            }
        }

        return false;
    }

    /// <summary>Whether a text node right under <paramref name="element"/> (not inside a child element) holds more than white space.</summary>
    public static bool HasOwnText(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return true;
            }
        }

        return false;
    }

    private void Walk(INode root)
    {
        // (node, leaving, link depth, whether the nearest block around the node is a <pre>): the explicit
        // stack replaces recursion, and carries down what each text node would otherwise look up. Nodes are
        // held as AngleSharp's Node class and told apart by NodeType and class tests: an interface test or
        // call on each of the dozens of element types costs a walk of its interface map, on every node.
        var stack = new Stack<(Node Node, bool Leaving, int Links, bool Pre)>();
        stack.Push(((Node)root, false, 0, InPre(root.ParentElement)));
        while (stack.Count > 0)
        {
            var (node, leaving, links, pre) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                Append(node.TextContent, links > 0, pre);
                continue;
            }

            if (node is not Element element)
            {
                if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
                {
                    PushChildren(stack, node, links, pre: false);
                }

                continue;
            }

            var block = Blocks.Contains(element.LocalName);
            if (leaving)
            {
                if (block)
                {
                    Flush();
                    _blocks.Pop();
                }

                continue;
            }

            if (element != root && (Invisible.Contains(element.LocalName) || (_skip?.Invoke(element) ?? false)))
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "br":
                    _breaks++;
                    _pendingSpace = false;
                    continue;
                case "td" or "th":
                    _pendingSpace = true;
                    break;
                default:
                    break;
            }

            if (block)
            {
                Flush();
                _blocks.Push(element);
                stack.Push((element, true, links, pre));
            }

            PushChildren(stack, element, links + (IsLink(element) ? 1 : 0), element.LocalName == "pre" || (!block && pre));
        }
    }

    /// <summary>An anchor that goes somewhere; a <c>javascript:</c> or missing href wraps text as markup, not as a link away.</summary>
    private static bool IsLink(Element element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { Length: > 0 } href
        && !href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static void PushChildren(Stack<(Node Node, bool Leaving, int Links, bool Pre)> stack, INode node, int links, bool pre)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(((Node)children[i], false, links, pre));
        }
    }

    /// <summary>Whether the nearest block from <paramref name="element"/> up is a <c>pre</c>: text there keeps its line breaks.</summary>
    private static bool InPre(IElement? element)
    {
        for (var parent = element; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "pre")
            {
                return true;
            }

            if (IsBlock(parent))
            {
                return false;
            }
        }

        return false;
    }

    private void Append(string data, bool inLink, bool pre)
    {
        // Text arrives as runs of word characters between white space; each run is copied whole, and
        // only the white space before it decides what separates it from the text so far.
        var text = data.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && !(pre && c == '\n'))
            {
                _pendingSpace = true;
                i++;
                continue;
            }

            if (c == '\n')
            {
                _breaks++;
                i++;
                continue;
            }

            if (_breaks > 0 && _length > 0)
            {
                if (_breaks >= 2 && !pre)
                {
                    Flush();
                }
                else
                {
                    AppendSeparator('\n');
                }
            }
            else if (_pendingSpace && _length > 0 && !_endsWithNewline)
            {
                AppendSeparator(' ');
                if (inLink)
                {
                    _linkLength++;
                }
            }

            _breaks = 0;
            _pendingSpace = false;
            // Runs are mostly words of a few letters, too short for a vectorised search to pay for its set-up.
            var end = i + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var length = end - i;
            AppendRun(text.Slice(i, length));
            if (inLink)
            {
                _linkLength += length;
            }

            i += length;
        }
    }

    private void AppendSeparator(char separator)
    {
        if (!_measureOnly)
        {
            _current.Append(separator);
        }

        _length++;
        _endsWithNewline = separator == '\n';
    }

    private void AppendRun(ReadOnlySpan<char> run)
    {
        if (!_measureOnly)
        {
            _current.Append(run);
        }
        else if (_counting == Counting.CommasAndLetters)
        {
            // A loop per mode: testing the mode for every character cost 0.7% of reading a page.
            foreach (var c in run)
            {
                _commas += HtmlTextMeasure.IsComma(c) ? 1 : 0;
                _letters += char.IsLetterOrDigit(c) ? 1 : 0;
            }
        }
        else if (_counting == Counting.Commas)
        {
            foreach (var c in run)
            {
                _commas += HtmlTextMeasure.IsComma(c) ? 1 : 0;
            }
        }

        _length += run.Length;
        _endsWithNewline = false;
    }

    private void AddToOpenBlocks(int length, int linkLength, int commas)
    {
        // The bottom entry is the root pushed before the walk; the walk pushed it again on entering it.
        var open = _blocks.Count - 1;
        foreach (var block in _blocks)
        {
            if (open-- == 0)
            {
                break;
            }

            ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_perBlock!, block, out _);
            sums = new BlockMeasure(sums.Length + length, sums.LinkLength + linkLength, sums.Commas + commas, sums.Paragraphs + 1);
        }
    }

    private void Flush()
    {
        if (_length > 0 && _blocks.TryPeek(out var block))
        {
            if (_perBlock is not null)
            {
                AddToOpenBlocks(_length, Math.Min(_linkLength, _length), _commas);
            }
            else if (_measureOnly)
            {
                _measures.Add(new HtmlTextMeasure(_length, _letters, Math.Min(_linkLength, _length), _commas));
            }
            else
            {
                _paragraphs.Add(new HtmlParagraph(_current.ToString(), Math.Min(_linkLength, _length), block));
            }
        }

        _current.Clear();
        _length = 0;
        _letters = 0;
        _commas = 0;
        _endsWithNewline = false;
        _linkLength = 0;
        _pendingSpace = false;
        _breaks = 0;
    }
}
