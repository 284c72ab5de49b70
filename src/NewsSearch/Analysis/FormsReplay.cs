using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>The tokens of a <see cref="FormsRecording"/>, as the forms twin's analysis would have produced them.</summary>
internal sealed class FormsReplay : TokenStream
{
    // One per thread, reused as an analyzer reuses its streams: a new stream per field would cost
    // more than the analysis it saves (Lucene creates and looks up every attribute of a new stream).
    [ThreadStatic]
    private static FormsReplay? _ofThisThread;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private FormsRecording _recording = new();
    private int _next;

    private FormsReplay()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>This thread's replay stream, set to replay <paramref name="recording"/>; the index writer consumes one field at a time.</summary>
    public static FormsReplay Of(FormsRecording recording)
    {
        var replay = _ofThisThread ??= new FormsReplay();
        replay._recording = recording;
        return replay;
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
