namespace NewsSearch.Analysis;

/// <summary>
/// The forms-twin tokens (see <see cref="ExactForms"/>) of one text value, recorded while the text
/// field itself is analysed (<see cref="TextAndFormsFilter"/>), so the twin is indexed from the
/// recording (<see cref="FormsReplay"/>) instead of tokenising, folding and stemming the text again.
/// Used by one index worker thread at a time: the text field fills it, its twin reads it.
/// </summary>
internal sealed class FormsRecording
{
    private readonly List<string> _terms = [];
    private readonly List<int> _increments = [];

    /// <summary>Whether the whole value was analysed and recorded; when not, the twin analyses the text itself.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The position increment after the last token (trailing words that left no token).</summary>
    public int EndIncrement { get; private set; }

    public int Count => _terms.Count;

    public string Term(int index) => _terms[index];

    public int Increment(int index) => _increments[index];

    public void Start()
    {
        _terms.Clear();
        _increments.Clear();
        IsComplete = false;
        EndIncrement = 0;
    }

    public void Add(string term, int increment)
    {
        _terms.Add(term);
        _increments.Add(increment);
    }

    public void Complete(int endIncrement)
    {
        EndIncrement = endIncrement;
        IsComplete = true;
    }

    /// <summary>Drops what was recorded: the analysis stopped early (the token limit), and the twin must see the text whole.</summary>
    public void Abandon()
    {
        _terms.Clear();
        _increments.Clear();
        IsComplete = false;
    }
}
