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
    public string MatchStart => Enabled ? "\e[1;31m" : "";

    /// <summary>Put after a matched word.</summary>
    public string MatchEnd => Enabled ? "\e[0m" : "";

    /// <summary>Put after a matched word inside bold text, where a plain reset would end the bold too.</summary>
    public string MatchEndInBold => Enabled ? "\e[0m\e[1m" : "";

    public string Bold(string text) => Enabled ? "\e[1m" + text + "\e[0m" : text;

    public string Dim(string text) => Enabled ? "\e[2m" + text + "\e[0m" : text;

    public string Accent(string text) => Enabled ? "\e[36m" + text + "\e[0m" : text;
}
