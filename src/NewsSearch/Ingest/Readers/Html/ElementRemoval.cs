using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The elements removed from one parsed page, kept so that <see cref="Restore"/> can put the page back as
/// it was parsed: the fallbacks for a short body read the page again without the first pass's removals,
/// and putting a few hundred elements back costs far less than parsing the page a second time.
/// </summary>
internal sealed class ElementRemoval
{
    // Each removed element with where it stood; undone last first, every entry finds its place as it was.
    private readonly List<(IElement Element, INode Parent, INode? Next)> _removed = [];

    /// <summary>
    /// Removes every element of <paramref name="document"/> for which <paramref name="remove"/> holds, with what it
    /// contains. The test sees the page as parsed (nothing is removed until every element is judged), and the
    /// inside of an element it picks is not judged at all: it goes with the element, and a menu or a comment
    /// thread can hold hundreds of elements whose class words would otherwise be read for nothing.
    /// </summary>
    public void RemoveWhere(IDocument document, Func<IElement, bool> remove)
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
                // A class test, not an interface test (see ContentExtractor.Descendants).
                if (children[i] is Element child)
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var element in picked)
        {
            Remove(element);
        }
    }

    /// <summary>Removes <paramref name="element"/> and what it contains; nothing happens to one already out of the page.</summary>
    public void Remove(IElement element)
    {
        if (element.Parent is not { } parent)
        {
            return;
        }

        _removed.Add((element, parent, element.NextSibling));
        element.Remove();
    }

    /// <summary>Puts every removed element back where it stood, so the page is again as it was parsed.</summary>
    public void Restore()
    {
        for (var i = _removed.Count - 1; i >= 0; i--)
        {
            var (element, parent, next) = _removed[i];
            parent.InsertBefore(element, next);
        }

        _removed.Clear();
    }
}
