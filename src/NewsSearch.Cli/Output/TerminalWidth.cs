using System.Globalization;

namespace NewsSearch.Cli.Output;

/// <summary>How many columns the output may use: the terminal's width, else <c>$COLUMNS</c>, else 80.</summary>
internal static class TerminalWidth
{
    public const int Fallback = 80;

    public static int Get(bool outputIsTerminal)
    {
        if (outputIsTerminal)
        {
            try
            {
                if (Console.WindowWidth is > 0 and var width)
                {
                    return width;
                }
            }
            catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException)
            {
                // No console to ask (a detached or redirected session): fall through to $COLUMNS.
            }
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : Fallback;
    }
}
