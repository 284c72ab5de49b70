using System.Diagnostics;

namespace NewsSearch.Cli.Output;

/// <summary>A status line on a terminal's stderr, redrawn in place at most five times a second.</summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    // EL: erase to the end of the line, marked as the CLI's own (TerminalSafeWriter lets it through).
    private static readonly string EraseToEnd = TerminalSafeWriter.Raw('\e') + "[K";
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.Zero;
    private bool _visible;

    public ProgressLine(TextWriter error)
    {
        _error = error;
    }

    /// <summary>Redraws the line when the last draw is old enough; <paramref name="text"/> is built only then.</summary>
    public void Update(Func<TimeSpan, string> text)
    {
        var now = _clock.Elapsed;
        if (now - _lastDrawn < Interval)
        {
            return;
        }

        _lastDrawn = now;
        _error.Write(TerminalSafeWriter.Raw('\r') + text(now) + EraseToEnd);
        _visible = true;
    }

    /// <summary>Erases the line, before a warning is printed or at the end.</summary>
    public void Clear()
    {
        if (_visible)
        {
            _error.Write(TerminalSafeWriter.Raw('\r') + EraseToEnd);
            _visible = false;
        }
    }
}
