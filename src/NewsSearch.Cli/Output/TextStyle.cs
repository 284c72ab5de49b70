namespace NewsSearch.Cli.Output;

/// <summary>Terminal styling: ANSI escapes for a person at a terminal, nothing for pipes and NO_COLOR.</summary>
internal sealed class TextStyle
{
    private TextStyle(bool enabled)
    {
        Enabled = enabled;
    }

    /// <summary>No styling at all.</summary>
    public static TextStyle Plain { get; } = new(enabled: false);

    /// <summary>ANSI SGR escapes.</summary>
    public static TextStyle Ansi { get; } = new(enabled: true);

    public bool Enabled { get; }

    /// <summary>Put before a matched word.</summary>
    public string MatchStart => Enabled ? Sgr("1;31") : "";

    /// <summary>Put after a matched word.</summary>
    public string MatchEnd => Enabled ? Sgr("0") : "";

    /// <summary>Put after a matched word inside bold text, where a plain reset would end the bold too.</summary>
    public string MatchEndInBold => Enabled ? Sgr("0") + Sgr("1") : "";

    public string Bold(string text) => Enabled ? Sgr("1") + text + Sgr("0") : text;

    public string Dim(string text) => Enabled ? Sgr("2") + text + Sgr("0") : text;

    public string Accent(string text) => Enabled ? Sgr("36") + text + Sgr("0") : text;

    /// <summary>An ANSI SGR escape marked as the CLI's own, so <see cref="TerminalSafeWriter"/> lets it through.</summary>
    private static string Sgr(string parameters) => TerminalSafeWriter.Raw('\e') + "[" + parameters + "m";
}
