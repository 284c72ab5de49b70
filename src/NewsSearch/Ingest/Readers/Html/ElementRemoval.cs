using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Removes the elements of a page that a test picks. The test sees the page as parsed (nothing is
/// removed until every element is judged), and the inside of an element it picks is not judged at
/// all: it goes with the element, and a menu or a comment thread can hold hundreds of elements whose
/// class words would otherwise be read for nothing.
/// </summary>
internal static class ElementRemoval
{
    /// <summary>Removes every element of <paramref name="document"/> for which <paramref name="remove"/> holds, with what it contains.</summary>
    public static void RemoveWhere(IDocument document, Func<IElement, bool> remove)
    {
        if (document.DocumentElement is not { } root)
        {
            return;
        }

        var picked = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (remove(element))
            {
                picked.Add(element);
                continue;
            }

            // ChildNodes is indexed in constant time (see ContentExtractor.Descendants).
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var element in picked)
        {
            element.Remove();
        }
    }
}
