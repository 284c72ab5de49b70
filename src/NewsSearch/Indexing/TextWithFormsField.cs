using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using NewsSearch.Analysis;

namespace NewsSearch.Indexing;

/// <summary>
/// A text field whose analysis also records its forms twin's tokens (see
/// <see cref="TextAndFormsFilter"/>), which the twin (<see cref="FormsTwinField"/>) then indexes
/// without analysing the text a second time.
/// </summary>
internal sealed class TextWithFormsField : Field
{
    private readonly FormsRecording _recording;

    public TextWithFormsField(string name, string value, FieldType type, FormsRecording recording)
        : base(name, value, type)
    {
        _recording = recording;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = base.GetTokenStream(analyzer);
        (stream as TextAndFormsFilter)?.RecordInto(_recording);
        return stream;
    }
}
