using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>Prints read warnings as <c>path:line: message</c>, up to a limit so one bad file cannot flood the terminal.</summary>
internal sealed class WarningPrinter
{
    private const int Limit = 50;
    private readonly TextWriter _error;
    private readonly ProgressLine? _progress;
    private int _shown;
    private int _total;

    public WarningPrinter(TextWriter error, ProgressLine? progress)
    {
        _error = error;
        _progress = progress;
    }

    public void Print(ReadWarning warning)
    {
        _total++;
        if (_shown < Limit)
        {
            _progress?.Clear();
            _error.WriteLine(warning.ToString());
            _shown++;
        }
    }

    /// <summary>Says how many warnings were held back, if any.</summary>
    public void PrintHiddenCount()
    {
        if (_total > _shown)
        {
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newssearch: … {_total - _shown} more warnings not shown"));
        }
    }
}
