using System.Text;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writers for stdout and stderr that do not go through <see cref="Console"/> on Unix. The first
/// write through a Console stream initialises .NET's terminal support, which writes the terminfo
/// "keypad transmit" sequence (<c>ESC[?1h ESC=</c>) to the terminal; under a pseudo-terminal that
/// records or pipes what it sees (script, CI logs, expect) the sequence lands in the captured text.
/// Writing to file descriptors 1 and 2 directly sends only what the CLI writes.
/// </summary>
internal static class StandardStreams
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>stdout, buffered (a result list or a JSON Lines dump is much faster than Console.Out's flush per write).</summary>
    public static StreamWriter OpenOutput() => new(Open(1, Console.OpenStandardOutput), Utf8, 1 << 16);

    /// <summary>stderr, flushed on every write so diagnostics and progress appear at once.</summary>
    public static TextWriter OpenError() => OperatingSystem.IsWindows()
        ? Console.Error
        : new StreamWriter(Open(2, Console.OpenStandardError), Utf8, 1024) { AutoFlush = true };

    private static Stream Open(int descriptor, Func<Stream> console) => OperatingSystem.IsWindows()
        ? console()
        : new DescriptorStream(descriptor);
}
