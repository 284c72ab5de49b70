using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>The tokens of a <see cref="FormsRecording"/>, as the forms twin's analysis would have produced them.</summary>
internal sealed class FormsReplay : TokenStream
{
    private readonly FormsRecording _recording;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    public FormsReplay(FormsRecording recording)
    {
        _recording = recording;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _recording.Count)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_recording.Term(_next));
        _increment.PositionIncrement = _recording.Increment(_next);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _recording.EndIncrement;
    }
}
