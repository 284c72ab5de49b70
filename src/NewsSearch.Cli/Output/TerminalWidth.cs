using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsSearch.Cli.Output;

/// <summary>How many columns the output may use: the terminal's width, else <c>$COLUMNS</c>, else 80.</summary>
internal static partial class TerminalWidth
{
    public const int Fallback = 80;

    // TIOCGWINSZ on Linux; it fills four unsigned shorts: rows, columns, pixel width, pixel height.
    private const nuint LinuxGetWindowSize = 0x5413;

    public static int Get(bool outputIsTerminal)
    {
        if (outputIsTerminal && Query() is > 0 and var width)
        {
            return width;
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : Fallback;
    }

    private static int Query()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                // ioctl on stdout rather than Console.WindowWidth, which initialises .NET's terminal
                // support and writes a keypad mode sequence to the terminal (see StandardStreams).
                // Linux only: ioctl is variadic, which the arm64 macOS calling convention passes differently.
                var size = new ushort[4];
                return IoctlWindowSize(1, LinuxGetWindowSize, size) == 0 ? size[1] : 0;
            }

            return Console.WindowWidth;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No terminal to ask: fall back to $COLUMNS.
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "ioctl")]
    private static partial int IoctlWindowSize(int descriptor, nuint request, [Out] ushort[] size);
}
