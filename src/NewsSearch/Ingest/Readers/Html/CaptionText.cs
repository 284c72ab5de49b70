using System.Text;
using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The text of a caption as it reads on screen. A caption's parts (what the picture shows, a "Credit" label,
/// the credit) are often sibling spans that the page's style sheet sets apart with margins or a hidden label,
/// so their text nodes run together ("seeped underground.CreditChang W. Lee" on the New York Times). Read
/// that way, "Chang" is not a word anyone can search for. Only captions are read so: body text goes through
/// <see cref="HtmlText"/>, which joins touching inline elements as a browser's text does, because in running
/// text they are one word ("Mc&lt;b&gt;D&lt;/b&gt;onald", "&lt;a&gt;You&lt;/a&gt;Tube") more often than two.
/// </summary>
internal static class CaptionText
{
    /// <summary>
    /// The text of <paramref name="caption"/> on one line, white space collapsed, with a space where a part
    /// in another element starts with a capital right after a word or a sentence ("underground." then
    /// "Credit"), and a one-word label said twice in a row (once for screen readers, once on screen) read once.
    /// </summary>
    public static string Read(IElement caption)
    {
        var text = new StringBuilder();
        var pendingSpace = false;
        string? lastPart = null;
        IElement? lastParent = null;

        // An explicit stack, as HtmlText walks: a hostile page may nest a caption deeper than the thread's stack.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((caption, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                pendingSpace = true;
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                var data = node.TextContent;
                var part = Collapsed(data);
                if (part.Length == 0)
                {
                    pendingSpace |= data.Length > 0;
                    continue;
                }

                var otherElement = node.ParentElement != lastParent;
                if (otherElement && IsOneWord(part) && string.Equals(part, lastPart, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (text.Length > 0 && (pendingSpace || char.IsWhiteSpace(data[0]) || (otherElement && RunsTogether(text[^1], part[0]))))
                {
                    text.Append(' ');
                }

                text.Append(part);
                pendingSpace = char.IsWhiteSpace(data[^1]);
                lastPart = part;
                lastParent = node.ParentElement;
                continue;
            }

            if (node is IElement element && element != caption)
            {
                if (HtmlText.IsInvisible(element))
                {
                    continue;
                }

                // A line break or a block inside a caption separates what stands either side of it.
                if (element.LocalName == "br" || HtmlText.IsBlock(element))
                {
                    pendingSpace = true;
                    stack.Push((element, true));
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether a part that starts with <paramref name="next"/> right after <paramref name="last"/> reads as a
    /// new word that the markup alone joined: a capital after a small letter, a digit or a sentence's end.
    /// Capitals after capitals ("N" then "YT") and small letters after anything stay joined.
    /// </summary>
    private static bool RunsTogether(char last, char next) =>
        char.IsUpper(next) && (char.IsLower(last) || char.IsDigit(last) || last is '.' or '!' or '?' or ',' or ';' or ':' or ')' or '”' or '’' or '"');

    private static bool IsOneWord(string part) => !part.Contains(' ', StringComparison.Ordinal);

    private static string Collapsed(string data)
    {
        var words = data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
