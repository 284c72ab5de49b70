using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using NewsSearch.Analysis;

namespace NewsSearch.Indexing;

/// <summary>
/// A text field's forms twin (see <see cref="ExactForms"/>), indexed from what its text field's
/// analysis recorded. Lucene inverts a document's fields grouped and sorted by name, so
/// <c>body</c> comes before <c>body.forms</c>; should the recording be missing or cut short (a
/// text past the token limit), the twin analyses the text itself, with the same result.
/// </summary>
internal sealed class FormsTwinField : Field
{
    private readonly FormsRecording _recording;

    public FormsTwinField(string name, string value, FieldType type, FormsRecording recording)
        : base(name, value, type)
    {
        _recording = recording;
    }

    /// <summary>Whether the last inversion of this field replayed the recording (for tests).</summary>
    public bool Replayed { get; private set; }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        Replayed = _recording.IsComplete;
        return Replayed ? FormsReplay.Of(_recording) : base.GetTokenStream(analyzer);
    }
}
